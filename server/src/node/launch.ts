/**
 * Node's options for the language server's process: the VS Code extension starts it with them, and
 * `npm run bench` does too, so the bench measures the server as editors run it.
 *
 * `--max-semi-space-size=2` (MB; V8's default is 16): the main thread only reads messages and relays
 * the bytes its check worker makes, and a 10 MB document read through a large young generation kept
 * tens of MB of garbage alive until a scavenge. In five alternating runs each way of the bench's
 * big-document section (2026-11-30, the slow machine), peak RSS went from 231–261 to 226–254 MB for
 * Markdown, 232–247 to 219–226 MB for JSON and 218–220 to 204–209 MB for a single line; open →
 * diagnostics, one-character edits over stdio and start-up did not move beyond their spread.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2'];
