/**
 * Strings' UTF-16 units in typed arrays and back. Folding reads units from typed arrays (reading
 * them from strings — slices of a document — cost more than the rest of folding) and makes its
 * output a string again; both go through Node's Buffer where there is one.
 */

/**
 * Node's Buffer, over a typed array's memory. Its `ucs2Write`/`ucs2Slice` are what `write` and
 * `toString` call for UTF-16 after checking their arguments, which cost as much as the copy for
 * a short text; they are used where the Buffer has them.
 */
interface NodeBuffer {
  toString(encoding: 'utf16le', start: number, end: number): string;
  write(text: string, offset: number, encoding: 'utf16le'): number;
  ucs2Write?(text: string, offset: number): number;
  ucs2Slice?(start: number, end: number): string;
}
const BufferClass = (globalThis as { Buffer?: { from(buffer: ArrayBuffer, offset: number, length: number): NodeBuffer; prototype: NodeBuffer } }).Buffer;
const DIRECT_UCS2 = typeof BufferClass?.prototype.ucs2Write === 'function' && typeof BufferClass.prototype.ucs2Slice === 'function';
const decoder = new TextDecoder('utf-16le');

/** A Uint16Array and, in Node, a Buffer over the same memory. */
export interface Units {
  readonly array: Uint16Array;
  readonly bytes: NodeBuffer | undefined;
}

export function units(capacity: number): Units {
  const array = new Uint16Array(capacity);
  return { array, bytes: BufferClass?.from(array.buffer, 0, array.byteLength) };
}

/** Copies `text`'s units to the start of `to` (which has room for them). */
export function copyIn(to: Units, text: string): void {
  const { array, bytes } = to;
  if (bytes && DIRECT_UCS2) bytes.ucs2Write!(text, 0);
  else if (bytes) bytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) array[i] = text.charCodeAt(i);
}

/**
 * The first `length` units as a string: through Node's Buffer where there is one (a third of
 * TextDecoder's time on copy-length texts); elsewhere short texts are cheaper to build with
 * fromCharCode than through a TextDecoder call.
 */
export function stringOf(from: Units, length: number): string {
  const { array, bytes } = from;
  if (bytes) return DIRECT_UCS2 ? bytes.ucs2Slice!(0, 2 * length) : bytes.toString('utf16le', 0, 2 * length);
  if (length > 24) return decoder.decode(array.subarray(0, length));
  return String.fromCharCode.apply(null, array.subarray(0, length) as unknown as number[]);
}

/** Units a DocumentUnits window holds at most. */
const WINDOW = 1 << 16;
/**
 * Units it copies in at least: a few paragraphs, not the whole window — a keystroke re-scans
 * one line of a new document text, and copying 64K units for it cost more than the scan.
 */
const WINDOW_STEP = 1 << 13;

/**
 * A document's UTF-16 units, copied in a window at a time. Its segments are slices of it: folding
 * reads their units from here instead of copying each segment's own (one native copy per
 * segment cost more than a window's worth of copying, for the thousands of short paragraphs of
 * a large document). It holds on to the last document it copied from until another comes.
 */
export class DocumentUnits {
  private readonly window = units(WINDOW);
  private text: string | undefined = undefined;
  private from = 0;
  private to = 0;

  get units(): Uint16Array {
    return this.window.array;
  }

  /**
   * Where the units of `document.slice(start, start + length)` begin in `units`, the window moved
   * there if need be; -1 when they do not fit in one window.
   */
  locate(document: string, start: number, length: number): number {
    if (document === this.text && start >= this.from && start + length <= this.to) return start - this.from;
    if (length > WINDOW) return -1;
    const end = Math.min(document.length, start + Math.max(length, WINDOW_STEP));
    copyIn(this.window, document.slice(start, end));
    this.text = document;
    this.from = start;
    this.to = end;
    return 0;
  }
}
