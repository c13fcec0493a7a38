/**
 * The language server and the CLI as users meet them: start-up to first diagnostics, one
 * keystroke to its diagnostics over stdio (debounce 0), a 10 MB document while hover and code
 * actions on another document are answered, peak RSS; the CLI on one small file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeDoc, type CorpusDoc, type Format } from './corpus';
import { typingEdits, type Edit } from './edits';
import { BenchClient, positionAt } from './lspClient';
import { summarize, type Stats } from './stats';

export interface ServerRow {
  name: string;
  stats: Stats;
  /** Target in ms, if the issue sets one, for `targetStat`. */
  target?: number;
  targetStat?: 'p95' | 'median';
}

export interface BigRow {
  name: string;
  bytes: number;
  /** didOpen sent → its diagnostics arrived, ms. */
  checkMs: number;
  findings: number;
  /** Hover and code action requests on another document answered while the check ran. */
  requests: number;
  latency: Stats;
  /** An edit, another 20 ms later: the second sent → its diagnostics, ms. */
  editDuringCheckMs: number;
  /** Whether the first edit's (outdated) version was still published. */
  stalePublished: boolean;
  peakRssMb: number;
}

export interface ServerResult {
  /** How the bench's client spoke to the server: stdio (the default) or Node IPC (--ipc). */
  transport: 'stdio' | 'ipc';
  rows: ServerRow[];
  big: BigRow[];
}

const SMALL = `---
kind: listing
platforms: [douyin]
---
# 春季新款夹克

- 面料防泼水，小雨天也能穿
- 立领设计，V领打底衫也好搭

有任何问题加我薇信 jacket_2024，发你安装视频。
`;

const uriOf = (d: CorpusDoc, tag = '') => `file:///bench/${tag}${d.fileName}`;
const languageOf = (f: Format) => (f === 'markdown' ? 'markdown' : 'json');

async function startup(runs: number, ipc: boolean): Promise<ServerRow[]> {
  const first: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { client, spawnedAt, initializedAt } = await BenchClient.start({ ipc });
    await client.open('file:///bench/small.listing.md', SMALL, 'markdown');
    const p = await client.waitFor('file:///bench/small.listing.md', 1);
    first.push(p.at - spawnedAt);
    ready.push(initializedAt - spawnedAt);
    await client.stop();
  }
  return [
    { name: 'start-up: spawn + initialize → first diagnostics (small document)', stats: summarize(first), target: 300, targetStat: 'median' },
    { name: 'start-up: spawn → initialize answered', stats: summarize(ready) },
  ];
}

async function keystrokes(edits: number, ipc: boolean): Promise<ServerRow[]> {
  const rows: ServerRow[] = [];
  const { client } = await BenchClient.start({ ipc });
  try {
    for (const format of ['markdown', 'json'] as const) {
      // 1 MB: checked in the worker thread (above 256 KB), fewer edits (each takes tens of ms).
      for (const [size, bytes, count] of [['5 KB', 5 * 1024, edits], ['100 KB', 100 * 1024, edits], ['1 MB', 1024 * 1024, edits >> 2]] as const) {
        const doc = makeDoc(format, 'listing', bytes);
        const uri = uriOf(doc, 'keys-');
        await client.open(uri, doc.text, languageOf(format));
        await client.waitFor(uri, 1);
        const samples: number[] = [];
        let previous = doc.text;
        let version = 1;
        for (const e of typingEdits(doc.text, count)) {
          const range = { start: positionAt(previous, e.offset), end: positionAt(previous, e.offset + e.remove) };
          previous = e.text;
          version++;
          const t = performance.now();
          await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: e.insert }] });
          const p = await client.waitFor(uri, version);
          samples.push(p.at - t);
        }
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        const stats = summarize(samples.slice(Math.min(20, samples.length >> 2)));
        rows.push({ name: `one-char edit → diagnostics over ${ipc ? 'IPC' : 'stdio'}, ${size} ${format}`, stats, ...(size === '100 KB' ? { target: 15, targetStat: 'p95' as const } : {}) });
      }
    }
  } finally {
    await client.stop();
  }
  return rows;
}

/** Hover and code actions on a small document, one after another every few ms, until `done`. */
async function probe(client: BenchClient, uri: string, done: () => boolean): Promise<number[]> {
  const pub = await client.waitFor(uri, 1);
  const d = pub.diagnostics[0];
  const position = d ? d.range.start : { line: 0, character: 0 };
  const latencies: number[] = [];
  for (let i = 0; !done(); i++) {
    latencies.push(
      i % 2 === 0
        ? await client.timed('textDocument/hover', { textDocument: { uri }, position })
        : await client.timed('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: d ? [d] : [] } }),
    );
    await new Promise((r) => setTimeout(r, 3));
  }
  return latencies;
}

async function big(name: string, doc: CorpusDoc, ipc: boolean): Promise<BigRow> {
  const { client } = await BenchClient.start({ ipc });
  try {
    const other = 'file:///bench/other.listing.md';
    await client.open(other, SMALL, 'markdown');
    await client.waitFor(other, 1);
    // Warm the server's handlers before anything is timed.
    for (let i = 0; i < 20; i++) await client.timed('textDocument/hover', { textDocument: { uri: other }, position: { line: 8, character: 8 } });

    const uri = uriOf(doc, 'big-');
    let published = false;
    const t = performance.now();
    await client.open(uri, doc.text, languageOf(doc.format));
    const wait = client.waitFor(uri, 1, 120_000).then((p) => {
      published = true;
      return p;
    });
    const latencies = await probe(client, other, () => published);
    const pub = await wait;
    const checkMs = pub.at - t;

    // Two edits 20 ms apart: the check of the first is replaced by the second's, never published.
    const [e1, e2] = typingEdits(doc.text, 2) as [Edit, Edit];
    const change = (e: Edit, before: string, version: number) =>
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: positionAt(before, e.offset), end: positionAt(before, e.offset + e.remove) }, text: e.insert }],
      });
    await change(e1, doc.text, 2);
    await new Promise((r) => setTimeout(r, 20));
    const t2 = performance.now();
    await change(e2, e1.text, 3);
    const p3 = await client.waitFor(uri, 3, 120_000);
    const stalePublished = client.published.some((p) => p.uri === uri && p.version === 2);
    return {
      name, bytes: Buffer.byteLength(doc.text), checkMs, findings: pub.diagnostics.length,
      requests: latencies.length, latency: summarize(latencies.length ? latencies : [0]),
      editDuringCheckMs: p3.at - t2, stalePublished, peakRssMb: client.peakRssMb(),
    };
  } finally {
    await client.stop();
  }
}

function singleLine(doc: CorpusDoc): CorpusDoc {
  const end = doc.text.indexOf('\n---\n') + 5;
  return { ...doc, fileName: doc.fileName.replace('bench-', 'bench-line-'), text: doc.text.slice(0, end) + doc.text.slice(end).replace(/\n+/g, ' ') };
}

export async function serverBench(opts: { quick: boolean; ipc: boolean; log: (s: string) => void; parts: (part: string) => boolean }): Promise<ServerResult> {
  const rows: ServerRow[] = [];
  if (opts.parts('startup')) {
    opts.log('  start-up…');
    rows.push(...(await startup(opts.quick ? 3 : 9, opts.ipc)));
  }
  if (opts.parts('keys')) {
    opts.log('  keystrokes…');
    rows.push(...(await keystrokes(opts.quick ? 60 : 240, opts.ipc)));
  }
  const transport = opts.ipc ? 'ipc' : 'stdio';
  if (!opts.parts('big')) return { transport, rows, big: [] };
  const tenMb = 10 * 1024 * 1024;
  const bigRows: BigRow[] = [];
  for (const [name, doc] of [
    ['10 MB Markdown', makeDoc('markdown', 'listing', tenMb)],
    ['10 MB JSON', makeDoc('json', 'live', tenMb)],
    ['10 MB single-line Markdown', singleLine(makeDoc('markdown', 'card', tenMb))],
  ] as const) {
    opts.log(`  ${name}…`);
    bigRows.push(await big(name, doc, opts.ipc));
  }
  return { transport, rows, big: bigRows };
}

export interface CliResult {
  name: string;
  stats: Stats;
}

/** `node bin/copyguard.js check <one small file>`, wall time from spawn to exit. */
export async function cliStartup(quick: boolean): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'copyguard-bench-'));
  try {
    const file = join(dir, 'small.listing.md');
    writeFileSync(file, SMALL);
    const bin = resolve(__dirname, '../bin/copyguard.js');
    const samples: number[] = [];
    const runs = quick ? 5 : 15;
    for (let i = 0; i < runs + 2; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, [bin, 'check', file], { encoding: 'utf8' });
      const wall = performance.now() - t;
      if (r.status !== 0 && r.status !== 1) throw new Error(`CLI exited ${r.status}: ${r.stderr}`);
      if (i >= 2) samples.push(wall);
    }
    return { name: 'copyguard check <one small file>, wall', stats: summarize(samples) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
