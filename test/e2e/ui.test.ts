/**
 * The packaged extension in the real VS Code UI: the .vsix built by scripts/package.mjs, installed
 * into a fresh code-server, driven in Debian's Chromium through playwright-core (see
 * /work/shared/E2E.md). Installs its own prerequisites (test/e2e/setup.mjs, cached in .e2e-cache).
 *
 * What the user sees is compared with what the engine reports for the same fixture files: every
 * finding has a squiggle of its severity over exactly its text (pixel rectangles of the squiggle
 * and of the text range), the hover shows the rule and its penalty tiers, Ctrl+. offers the
 * compliant rewrite and applying it removes the squiggle, the Problems panel lists each finding
 * at its line and column, the status bar item shows the platforms and counts, "CopyGuard: Check
 * workspace" reaches files that were never opened, and the status bar's quick pick writes the
 * workspace's platforms. Screenshots go to test-results/e2e/ (their paths are printed).
 *
 * The harness is plain ESM loaded at run time (import() of a computed path) so that esbuild, which
 * bundles this file into out/test, leaves it alone.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../server/src/engine';
import { checker } from '../helpers';
import { SERVER_NODE_OPTIONS } from '../../server/src/node/launch';

const REPO = resolve(__dirname, '../../..');
const FIXTURES = join(REPO, 'test', 'fixtures', 'e2e');
const SHOTS = join(REPO, 'test-results', 'e2e');

// playwright-core lives in .e2e-cache, outside the type-checked dependencies.
type Page = any;
interface Harness {
  startCodeServer(o: { vsixPath: string; workspaceDir: string; settings?: object; paths?: object }): Promise<{ url: string; logFile: string; userDataDir: string; extensionsDir: string; stop(): Promise<void> }>;
  launchBrowser(o: { paths?: object }): Promise<any>;
  pollUntil<T>(fn: () => T | Promise<T>, o?: { timeoutMs?: number; intervalMs?: number; what?: string }): Promise<NonNullable<T>>;
}

// The functions given to page.evaluate run in the browser. The project's type check has no DOM
// library, so their globals are declared loosely here.
declare const document: any;
declare const NodeFilter: { SHOW_TEXT: number };

const load = (rel: string) => import(pathToFileURL(join(REPO, rel)).href);

interface Expected {
  ruleId: string;
  title: string;
  severity: Finding['severity'];
  line: number; // 1-based, as VS Code shows it
  col: number; // 1-based
  lineText: string;
  snippet: string;
  rewrite?: { title: string; newText: string };
}

/** What the engine reports for a fixture file: the UI must show exactly this. */
function expectedFindings(rel: string): Expected[] {
  const text = readFileSync(join(FIXTURES, rel), 'utf8');
  const result = checker.check({ text, fileName: join(FIXTURES, rel) });
  assert.ok(result.findings.length > 0, `fixture ${rel} has no findings`);
  return result.findings.map((f) => {
    const before = text.slice(0, f.start).split('\n');
    const line = before.length;
    const rule = checker.packs.find((p) => p.platform === f.platform)?.rules.find((r) => r.id === f.ruleId);
    const rewrite = f.fixes.find((x) => x.kind === 'rewrite');
    return {
      ruleId: f.ruleId,
      title: rule?.title.en ?? f.ruleId,
      severity: f.severity,
      line,
      col: before[line - 1]!.length + 1,
      lineText: text.split('\n')[line - 1]!,
      snippet: text.slice(f.start, f.end),
      ...(rewrite ? { rewrite: { title: rewrite.title.en, newText: rewrite.edits[0]!.newText } } : {}),
    };
  });
}

const EDITOR = '.part.editor .monaco-editor';
const SQUIGGLE: Record<Finding['severity'], string> = { error: 'squiggly-error', warning: 'squiggly-warning', info: 'squiggly-info' };
const STATUS = '[id$="copyguard.status"]';

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * In the page: the screen rectangle of `len` characters from `col` (0-based) on the rendered line
 * whose text is `lineText`, and the rectangles of the squiggles of class `cls`.
 */
function measure(page: Page, lineText: string, col: number, len: number, cls: string): Promise<{ text?: Rect; squiggles: Rect[] }> {
  return page.evaluate(
    ({ editorSel, lineText, col, len, cls }: { editorSel: string; lineText: string; col: number; len: number; cls: string }) => {
      const rect = (r: Rect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
      const editor = document.querySelector(editorSel);
      if (!editor) return { squiggles: [] };
      const squiggles = [...editor.querySelectorAll(`.${cls}`)].map((e) => rect(e.getBoundingClientRect()));
      const norm = (s: string) => s.replace(/\u00a0/g, ' ');
      const line = [...editor.querySelectorAll('.view-line')].find((l) => norm(l.textContent ?? '') === lineText);
      if (!line) return { squiggles };
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0;
      let started = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const size = n.textContent?.length ?? 0;
        if (!started && col < pos + size) {
          range.setStart(n, col - pos);
          started = true;
        }
        if (started && col + len <= pos + size) {
          range.setEnd(n, col + len - pos);
          return { text: rect(range.getBoundingClientRect()), squiggles };
        }
        pos += size;
      }
      return { squiggles };
    },
    { editorSel: EDITOR, lineText, col, len, cls },
  );
}

const near = (a: number, b: number) => Math.abs(a - b) <= 2;

describe('VS Code (code-server): the packaged extension at work', () => {
  let h: Harness;
  let page: Page;
  let browser: { close(): Promise<void> } | undefined;
  let server: Awaited<ReturnType<Harness['startCodeServer']>> | undefined;
  let workspace: string | undefined;
  let scratch: string | undefined;
  let failed = false;
  const shots: string[] = [];
  const started = Date.now();

  async function shot(name: string): Promise<void> {
    const file = join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
  }

  /** Poll with a deadline; on time-out the message names what was awaited. */
  const until = <T>(what: string, fn: () => T | Promise<T>, timeoutMs = 30_000) => h.pollUntil(fn, { what, timeoutMs, intervalMs: 100 });

  async function openFile(name: string): Promise<void> {
    await page.getByRole('treeitem', { name }).first().click();
    await until(`the editor tab of ${name}`, async () => (await page.locator('.tab.active').textContent())?.includes(name));
  }

  async function statusText(): Promise<string> {
    const item = page.locator(STATUS);
    return (await item.count()) ? ((await item.first().textContent()) ?? '').replace(/\s+/g, ' ').trim() : '';
  }

  /** Squiggles of each finding's severity sit over exactly its text. */
  async function assertSquiggles(file: string, expected: Expected[]): Promise<void> {
    for (const e of expected) {
      const cls = SQUIGGLE[e.severity];
      const m = await until(`a ${cls} squiggle over “${e.snippet}” in ${file}`, async () => {
        const r = await measure(page, e.lineText, e.col - 1, e.snippet.length, cls);
        const t = r.text;
        const hit = t && r.squiggles.some((s) => near(s.left, t.left) && near(s.right, t.right) && s.top >= t.top - 2 && s.bottom <= t.bottom + 4);
        return hit ? r : undefined;
      });
      assert.ok(m.text, `line “${e.lineText}” is rendered`);
    }
    const counts = await page.evaluate(
      (sel: string) => ['squiggly-error', 'squiggly-warning', 'squiggly-info'].map((c) => document.querySelectorAll(`${sel} .${c}`).length),
      EDITOR,
    );
    const spans = (sev: Finding['severity']) => new Set(expected.filter((e) => e.severity === sev).map((e) => `${e.line}:${e.col}:${e.snippet}`)).size;
    // Monaco may draw one decoration per diagnostic; findings of several platforms share a span.
    assert.ok(counts[0]! >= spans('error') && counts[1]! >= spans('warning'), `squiggles ${counts} for ${file}`);
  }

  async function assertStatus(platformName: string, expected: Expected[]): Promise<void> {
    const errors = expected.filter((e) => e.severity === 'error').length;
    const warnings = expected.filter((e) => e.severity === 'warning').length;
    const pattern = new RegExp(`${platformName}\\s+${errors}\\s+${warnings}\\b`);
    await until(`the status bar item to read “${platformName} ${errors} ${warnings}”`, async () => pattern.test(await statusText()));
  }

  /** Puts the cursor on the finding's text and opens the quick fix menu (Ctrl+.). */
  async function quickFixMenu(e: Expected) {
    const rows = page.locator('.action-widget .monaco-list-row');
    // On a cold first start the editor has swallowed the first Ctrl+. (every provider, JSON's own
    // language server too, answers first): one more try, the menu must then open.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Escape');
      const { text } = await measure(page, e.lineText, e.col - 1, e.snippet.length, SQUIGGLE[e.severity]);
      assert.ok(text, `“${e.snippet}” is on screen`);
      await page.mouse.click(text.left + 4, (text.top + text.bottom) / 2);
      await page.keyboard.press('Control+Period');
      try {
        await until('the quick fix menu', () => rows.count(), attempt === 1 ? 15_000 : 30_000);
        return rows;
      } catch (err) {
        if (attempt === 2) throw err;
      }
    }
  }

  before(async () => {
    const setup = await load('test/e2e/setup.mjs');
    const paths = await setup.ensureE2EPrerequisites();
    h = (await load('test/e2e/codeServer.mjs')) as Harness;
    const { packageVsix } = await load('scripts/package.mjs');
    scratch = mkdtempSync(join(tmpdir(), 'copyguard-ui-'));
    const packStarted = Date.now();
    const { vsix, bytes } = await packageVsix({ out: join(scratch, 'copyguard.vsix') });
    console.log(`packaged ${vsix}: ${(bytes / 1024).toFixed(1)} KB in ${((Date.now() - packStarted) / 1000).toFixed(1)} s`);
    workspace = join(scratch, 'workspace');
    cpSync(FIXTURES, workspace, { recursive: true });
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    server = await h.startCodeServer({
      vsixPath: vsix,
      workspaceDir: workspace,
      paths,
      // Files stay open in their own tabs (a preview tab would close the previous file and clear its problems).
      settings: { 'editor.minimap.enabled': false, 'workbench.tips.enabled': false, 'workbench.editor.enablePreview': false },
    });
    const context = await h.launchBrowser({ paths });
    browser = context;
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);
    await page.goto(server.url);
    await until('the workbench and the explorer', () => page.getByRole('treeitem', { name: 'jacket.listing.md' }).count(), 60_000);
  }, { timeout: 20 * 60_000 });

  after(async () => {
    if (failed && page && server) {
      await page.screenshot({ path: join(SHOTS, 'failure.png') }).catch(() => undefined);
      shots.push(join(SHOTS, 'failure.png'));
      // code-server's logs (extension host, CopyGuard's output channel) vanish with stop().
      const logs = join(server.userDataDir, 'logs');
      if (existsSync(logs)) cpSync(logs, join(SHOTS, 'logs'), { recursive: true });
      console.log(`code-server log: ${server.logFile} (copied logs: ${join(SHOTS, 'logs')})`);
    }
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    for (const s of shots) console.log(`screenshot: ${s}`);
    console.log(`VS Code UI test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  const step = (name: string, fn: () => Promise<void>) =>
    it(name, async () => {
      try {
        await fn();
      } catch (err) {
        failed = true;
        const file = join(SHOTS, `failed-${name.replace(/[^\w]+/g, '-').slice(0, 40)}.png`);
        await page?.screenshot({ path: file }).then(() => shots.push(file), () => undefined);
        throw err;
      }
    });

  const listing = 'jacket.listing.md';
  const listingFindings = expectedFindings(listing);

  step('Markdown listing: squiggles over the offending text, counts in the status bar', async () => {
    await openFile(listing);
    await assertSquiggles(listing, listingFindings);
    await assertStatus('Douyin', listingFindings);
    await shot('01-listing-squiggle');
    // The extension starts its server over stdio (the transport the bench measures), not IPC, and with the
    // Node options the bench starts it with (server/src/node/launch.ts).
    const servers = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(server!.extensionsDir) && l.includes(join('dist', 'server.js')));
    assert.equal(servers.length, 1, servers.join('\n'));
    assert.match(servers[0]!, / --stdio\b/);
    for (const option of SERVER_NODE_OPTIONS) assert.ok(servers[0]!.includes(` ${option} `), servers[0]);
  });

  step('hover: the rule title and the penalty tiers table', async () => {
    const e = listingFindings[0]!;
    const { text } = await measure(page, e.lineText, e.col - 1, e.snippet.length, SQUIGGLE[e.severity]);
    assert.ok(text);
    await page.mouse.move((text.left + text.right) / 2, (text.top + text.bottom) / 2);
    const hover = await until('a hover with the rule title and a tiers table', async () => {
      const found = await page.evaluate((title: string) => {
        const visible = [...document.querySelectorAll('.monaco-hover')].filter((el) => el.offsetParent !== null);
        const el = visible.find((x) => (x.textContent ?? '').includes(title));
        if (!el) return undefined;
        return { text: el.textContent ?? '', rows: el.querySelectorAll('table tr').length };
      }, e.title);
      return found && found.rows >= 2 ? found : undefined;
    });
    assert.match(hover.text, /Penalty tiers/);
    assert.match(hover.text, new RegExp(e.ruleId.replace('/', '\\/')));
    await shot('02-hover-tiers');
  });

  step('Ctrl+. offers the compliant rewrite; applying it removes the squiggle', async () => {
    const e = listingFindings.find((x) => x.rewrite)!;
    assert.ok(e, 'the listing fixture has a finding with a rewrite');
    const rows = await quickFixMenu(e);
    const row = rows.filter({ hasText: e.rewrite!.title.slice(0, 12) });
    await until(`the quick fix “${e.rewrite!.title}”`, () => row.count());
    await until('“Show documentation for …” among the quick fixes', () => rows.filter({ hasText: `Show documentation for ${e.ruleId}` }).count());
    await shot('03-quick-fix-menu');
    await row.first().click();
    await until('the rewritten line', async () => {
      const r = await measure(page, e.rewrite!.newText, 0, 1, SQUIGGLE[e.severity]);
      return r.text !== undefined;
    });
    await until('no squiggle left in the listing', async () => (await page.locator(`${EDITOR} .${SQUIGGLE[e.severity]}`).count()) === 0);
    await assertStatus('Douyin', []);
    await shot('04-fixed');
    await page.keyboard.press('Control+S');
  });

  const live = 'tea.live.json';
  const liveFindings = expectedFindings(live);
  step('livestream script in JSON: squiggles and status', async () => {
    await openFile(live);
    await assertSquiggles(live, liveFindings);
    await assertStatus('Kuaishou', liveFindings);
    await shot('05-live-json');
  });

  step('“Show documentation for …” opens the rule in the Markdown preview', async () => {
    const e = liveFindings[0]!;
    const rows = await quickFixMenu(e);
    await rows.filter({ hasText: `Show documentation for ${e.ruleId}` }).first().click();
    await until('the preview tab of the rule documentation', () => page.locator('.tab').filter({ hasText: `${e.ruleId.split('/')[0]}.md` }).count());
    const frame = await until('the rule heading inside the preview', async () => {
      for (const f of page.frames()) {
        if (await f.locator(`h2:has-text("${e.ruleId}")`).count().catch(() => 0)) return f;
      }
      return undefined;
    });
    assert.ok(frame);
    await shot('06-rule-documentation');
    await page.keyboard.press('Control+W');
    await until(`${live} active again`, async () => (await page.locator('.tab.active').textContent())?.includes(live));
  });

  const card = 'thanks.card.md';
  const cardFindings = expectedFindings(card);
  step('package card: squiggles and status', async () => {
    await openFile(card);
    await assertSquiggles(card, cardFindings);
    await assertStatus('Pinduoduo', cardFindings);
    await shot('07-card');
  });

  step('Problems panel: every finding at its line and column', async () => {
    // The status bar's problems counter opens the panel (a keyboard shortcut can be taken by the browser).
    await page.locator('[id="status.problems"]').first().click();
    await until('the Problems panel', () => page.locator('.markers-panel').isVisible());
    for (const [file, list] of [
      [live, liveFindings],
      [card, cardFindings],
    ] as const) {
      for (const e of list) {
        await until(`a Problems row for ${file} ${e.ruleId} [Ln ${e.line}, Col ${e.col}]`, () =>
          page
            .locator('.markers-panel .monaco-list-row')
            .filter({ hasText: e.ruleId })
            .filter({ hasText: `[Ln ${e.line}, Col ${e.col}]` })
            .count(),
        );
      }
    }
    await shot('08-problems');
  });

  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill(`>${title}`);
    const item = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title.replace(/^CopyGuard: /, '') });
    await until(`“${title}” in the command palette`, () => item.count());
    await item.first().click();
  }

  step('“CopyGuard: Check workspace” shows a progress notification with a count, and cancels', async () => {
    // Enough clean files that the sweep is still running when the notification is read.
    // (About 1 ms a file: 20,000 take long enough to read the count and press Cancel.)
    const bulk = join(workspace!, 'bulk');
    const total = 20_000 + 4;
    mkdirSync(bulk);
    try {
      for (let i = 0; i < total - 4; i++) writeFileSync(join(bulk, `p${i}.listing.md`), '---\nplatforms: [douyin]\n---\n纯棉面料,舒适透气。\n');
      await runCommand('CopyGuard: Check workspace');
      const toast = page.locator('.notification-toast').filter({ hasText: 'CopyGuard: checking workspace' }).first();
      await until(`the progress notification with a count “n/${total}”`, async () => new RegExp(`\\d+/${total}`).test((await toast.textContent().catch(() => '')) ?? ''));
      await shot('09-check-workspace-progress');
      await toast.getByRole('button', { name: 'Cancel' }).click({ timeout: 5_000 });
      const cancelled = page.locator('.notification-toast').filter({ hasText: /CopyGuard: cancelled after \d+ files/ });
      await until('the summary “CopyGuard: cancelled after …”', () => cancelled.count());
      const after = Number(/after (\d+) files/.exec((await cancelled.first().textContent()) ?? '')?.[1]);
      assert.ok(after > 0 && after < total, `cancelled after ${after} of ${total} files`);
    } finally {
      rmSync(bulk, { recursive: true, force: true });
    }
  });

  step('“CopyGuard: Check workspace” reports files that were never opened', async () => {
    const unopened = expectedFindings('more/cup.listing.md');
    await runCommand('CopyGuard: Check workspace');
    // Four files; the open ones count with their current text (the listing is fixed by now).
    const findings = liveFindings.length + cardFindings.length + unopened.length;
    const summary = `CopyGuard: checked 4 files, ${findings} findings.`;
    await until(`the summary “${summary}”`, () => page.locator('.notification-toast').filter({ hasText: summary }).count());
    for (const e of unopened) {
      await until(`a Problems row for the unopened file: ${e.ruleId} [Ln ${e.line}, Col ${e.col}]`, () =>
        page.locator('.markers-panel .monaco-list-row').filter({ hasText: e.ruleId }).filter({ hasText: `[Ln ${e.line}, Col ${e.col}]` }).count(),
      );
    }
    await shot('10-check-workspace');
  });

  step('status bar item → quick pick writes the workspace platforms', async () => {
    await page.locator(STATUS).first().click();
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'Taobao' });
    await until('the platform quick pick', () => row.count());
    await row.first().locator('.monaco-checkbox, input[type=checkbox]').first().click();
    await shot('11-platform-pick');
    await page.locator('.quick-input-widget').getByRole('button', { name: 'OK' }).click();
    const settingsFile = join(workspace!, '.vscode', 'settings.json');
    const written = await until('copyguard.platforms in .vscode/settings.json', () => {
      if (!existsSync(settingsFile)) return undefined;
      const json = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
      return Array.isArray(json['copyguard.platforms']) ? (json['copyguard.platforms'] as string[]) : undefined;
    });
    assert.ok(written.includes('taobao'), JSON.stringify(written));
  });

  step('copyguard.language = zh-cn: findings, status bar and tooltips in Chinese', async () => {
    const settingsFile = join(workspace!, '.vscode', 'settings.json');
    const json = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(settingsFile, JSON.stringify({ ...json, 'copyguard.language': 'zh-cn' }, null, 2));
    const e = cardFindings[0]!;
    const message = checker.check({ text: readFileSync(join(FIXTURES, card), 'utf8'), fileName: join(FIXTURES, card) }).findings[0]!.message.zh;
    await until(`the Chinese message “${message}” in the Problems panel`, () => page.locator('.markers-panel .monaco-list-row').filter({ hasText: message.slice(0, 12) }).filter({ hasText: `[Ln ${e.line}, Col ${e.col}]` }).count());
    await until('拼多多 in the status bar', async () => (await statusText()).includes('拼多多'));
    await shot('12-chinese');
  });
});
