/**
 * A value already serialized to JSON (UTF-8 bytes), to be sent as a message's `params` or
 * `result` as it is. The diagnostics of a large document are serialized where they are made (in
 * the check worker): JSON.stringify of ten thousand diagnostics would otherwise hold the main
 * thread up for tens of milliseconds. A transport that cannot splice bytes in (IPC) gets the
 * parsed value through toJSON.
 */
const encoder = new TextEncoder();
/** Each chunk has an ArrayBuffer of its own (never Buffer's shared pool), so it can be transferred. */
const utf8 = (s: string) => encoder.encode(s);

/** Array items serialized per chunk: no one string of megabytes. */
const ITEMS_PER_CHUNK = 256;

export class RawJson {
  constructor(readonly chunks: readonly Uint8Array[]) {}

  /** `{"<key>":<value>,…,"<last>":<raw>}` for plain values and one raw value at the end. */
  static object(plain: Record<string, unknown>, last: string, raw: readonly Uint8Array[]): RawJson {
    const head = JSON.stringify(plain);
    const open = head === '{}' ? '{' : `${head.slice(0, -1)},`;
    return new RawJson([utf8(`${open}${JSON.stringify(last)}:`), ...raw, utf8('}')]);
  }

  /** The JSON array of the items (or of `map(item)` for each), all at once. */
  static array<T>(items: readonly T[], map: (item: T) => unknown = (x) => x): RawJson {
    const steps = RawJson.arraySteps(items, map);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The JSON array of `map(item)` for each item, a chunk per step: only one chunk's mapped values
   * exist at a time (ten thousand diagnostics never sit in memory as objects and as bytes at once).
   */
  static *arraySteps<T>(items: readonly T[], map: (item: T) => unknown): Generator<void, RawJson> {
    const chunks = [utf8('[')];
    for (let i = 0; i < items.length; i += ITEMS_PER_CHUNK) {
      const part = JSON.stringify(items.slice(i, i + ITEMS_PER_CHUNK).map(map));
      chunks.push(utf8(`${i === 0 ? '' : ','}${part.slice(1, -1)}`));
      yield;
    }
    chunks.push(utf8(']'));
    return new RawJson(chunks);
  }

  get byteLength(): number {
    let n = 0;
    for (const c of this.chunks) n += c.byteLength;
    return n;
  }

  /** The chunks' buffers, for a postMessage transfer list. */
  get buffers(): ArrayBuffer[] {
    return this.chunks.map((c) => c.buffer as ArrayBuffer);
  }

  toJSON(): unknown {
    const decoder = new TextDecoder();
    return JSON.parse(this.chunks.map((c) => decoder.decode(c, { stream: true })).join('') + decoder.decode());
  }
}
