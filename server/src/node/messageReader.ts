/**
 * Reads LSP messages (Content-Length framing) from a stream and decodes each body as its chunks
 * arrive. vscode-jsonrpc's reader decodes a body in one go once it is complete: for a 10 MB
 * document that is ~60 ms of UTF-8 decoding during which no other message is answered. Here the
 * decoding is spread over the chunks (64 KB each), and only the JSON.parse of the joined text
 * (~10 ms for 10 MB) is left for the end.
 */
import { AbstractMessageReader, Disposable, type DataCallback, type Message, type MessageReader } from 'vscode-jsonrpc';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
/** Headers are a line or two; anything longer is not LSP. */
const MAX_HEADER_BYTES = 8192;

export class IncrementalMessageReader extends AbstractMessageReader implements MessageReader {
  /** Header bytes received so far (a header may be split between chunks). */
  private header: Buffer = Buffer.alloc(0);
  /** Body bytes still to come; -1 while a header is being read. */
  private remaining = -1;
  private decoder = new TextDecoder();
  private parts: string[] = [];
  /** Whether a `shutdown` request came by (the exit code when the input ends says so). */
  shutdownRequested = false;

  /**
   * @param large `onMessage` is called when the header of a body of at least `bytes` has been
   *   read, before the body (the server starts its check worker meanwhile).
   */
  constructor(
    private readonly stream: NodeJS.ReadableStream,
    private readonly large: { bytes: number; onMessage: () => void } | undefined = undefined,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer) => {
      try {
        this.read(chunk, callback);
      } catch (e) {
        this.fireError(e);
      }
    };
    const onError = (e: Error) => this.fireError(e);
    const onClose = () => this.fireClose();
    this.stream.on('data', onData);
    this.stream.on('error', onError);
    this.stream.on('close', onClose);
    return Disposable.create(() => {
      this.stream.off('data', onData);
      this.stream.off('error', onError);
      this.stream.off('close', onClose);
    });
  }

  private read(chunk: Buffer, callback: DataCallback): void {
    let at = 0;
    while (at < chunk.length || this.remaining === 0) {
      if (this.remaining < 0) {
        const used = this.readHeader(chunk.subarray(at));
        if (used < 0) return;
        at += used;
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - at);
      if (take > 0) this.parts.push(this.decoder.decode(chunk.subarray(at, at + take), { stream: true }));
      at += take;
      this.remaining -= take;
      if (this.remaining === 0) this.finishBody(callback);
    }
  }

  /** Bytes of `bytes` that completed the header, or -1 when it goes on in the next chunk. */
  private readHeader(bytes: Buffer): number {
    const before = this.header.length;
    const head = before ? Buffer.concat([this.header, bytes]) : bytes;
    const end = head.indexOf(HEADER_END);
    if (end < 0) {
      if (head.length > MAX_HEADER_BYTES) throw new Error('LSP header too long');
      this.header = Buffer.from(head);
      return -1;
    }
    this.header = Buffer.alloc(0);
    const length = contentLength(head.toString('ascii', 0, end));
    if (length === undefined) throw new Error('Header must provide a valid Content-Length');
    this.remaining = length;
    if (this.large && length >= this.large.bytes) this.large.onMessage();
    return end + HEADER_END.length - before;
  }

  private finishBody(callback: DataCallback): void {
    this.parts.push(this.decoder.decode());
    const text = this.parts.join('');
    this.parts = [];
    this.remaining = -1;
    let message: Message;
    try {
      message = JSON.parse(text) as Message;
    } catch (e) {
      this.fireError(e);
      return;
    }
    if ((message as { method?: unknown }).method === 'shutdown') this.shutdownRequested = true;
    callback(message);
  }
}

function contentLength(header: string): number | undefined {
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    return /^\d+$/.test(value) ? Number(value) : undefined;
  }
  return undefined;
}
