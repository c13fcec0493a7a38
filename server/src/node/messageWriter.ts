/**
 * Writes LSP messages (Content-Length framing) to a stream, splicing a RawJson `params` or
 * `result` in as bytes instead of serializing it again.
 */
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-jsonrpc';
import { RawJson } from '../lsp/rawJson';

export class RawJsonMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (e: Error) => this.fireError(e));
    stream.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    const body = encode(msg);
    let length = 0;
    for (const c of body) length += c.byteLength;
    return new Promise((resolve, reject) => {
      // Stream writes are queued in order: a message's parts are never interleaved with another's.
      this.stream.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      body.forEach((chunk, i) => {
        if (i < body.length - 1) {
          this.stream.write(chunk);
          return;
        }
        this.stream.write(chunk, (e?: Error | null) => {
          if (!e) {
            this.errorCount = 0;
            resolve();
            return;
          }
          this.fireError(e, msg, ++this.errorCount);
          reject(e);
        });
      });
    });
  }

  end(): void {
    this.stream.end();
  }
}

/** The message's JSON as bytes. */
export function encode(msg: Message): readonly Uint8Array[] {
  const fields = msg as unknown as Record<string, unknown>;
  for (const key of ['params', 'result']) {
    const value = fields[key];
    if (!(value instanceof RawJson)) continue;
    const rest = { ...fields };
    delete rest[key];
    return RawJson.object(rest, key, value.chunks).chunks;
  }
  return [Buffer.from(JSON.stringify(msg), 'utf8')];
}
