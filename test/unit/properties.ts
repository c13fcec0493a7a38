/**
 * Engine properties over arbitrary and hostile text, shared by `npm test` (test/unit/property.test.ts:
 * fixed seed, bounded runs) and `npm run fuzz` (scripts/fuzz.ts: random seeds, many minutes).
 *
 * Each property takes a generated case and throws an Error describing the violation.
 */
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createChecker, PLATFORM_IDS, type CheckInput, type CheckResult, type Checker, type PlatformId } from '../../server/src/engine';
import { applyEdits, fixAllEdits } from '../../server/src/engine/applyEdits';
import { builtinPacks } from '../../server/src/engine/packs/builtin';
import { ignoreEdits } from '../../server/src/engine/suppress';
import { checkPatternSafety } from '../../server/src/engine/packs/patternSafety';
import type { TextEdit } from '../../server/src/engine/types';

export const checker: Checker = createChecker({ packs: builtinPacks() });

// ---------------------------------------------------------------------------------------------
// Text

/** Real trigger fragments, disguises and the separators around them. */
export const TRIGGERS = [
  '微信', '加微信', '加我微信', 'VX', 'vx', 'V信', '薇信', '微❤信', '威信', 'ＶＸ', 'wx', 'WeChat', 'QQ', '扣扣', '企鹅', '🐧', '🛰',
  '扫码', '扫一扫', '二维码', '进群', '粉丝群', '私聊', '私信', '主页', '看主页', '一三八', '幺三八', '①③⑧', '❶❸❽',
  '13812345678', '138 1234 5678', '+86 138-1234-5678', '400-123-4567', '010-12345678', '电话', '手机号', '📞',
  '淘宝', '某宝', '拼多多', '京东', '抖音', '小红书', '视频号', '公众号', '口令', '¥AbC123xyZ9¥',
  'https://t.cn/abc', 'www.example.com', 'shop.taobao.com/x', 'weixin://dl/chat', 'kf@example.com',
  '私下转账', '支付宝', '转账', '好评返现', '五星好评', '晒图返现', '备注微信号', '留下手机号',
  'abc12345', 'jacket_2024', '12345678', '一二三四五六七八', '号码', '：', ':', '，', ',', '。', '！', '、', ' ', '\t',
  '纯棉面料', '舒适透气', '七天无理由', '平台客服',
];

/** Characters that break naive code: surrogates, marks, bidi, joiners, BOM, line ends, NUL. */
export const ODD = [
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '𠮷', '😀', '👨‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '\u200D', '\u200B', '\u2060', '\uFE0F',
  'e\u0301', '\u0301', '\u0308\u0308', '\u20DD', 'مرحبا', 'שלום', '\u202E', '\u202D', '\u2066', '\u200F',
  '\uFEFF', '\r', '\n', '\r\n', '\0', '\u2028', '\u2029', '\u000B', '\u0085', '\uFFFD', '\uFFFF', '\\', '"', '\\u5fae', '\\n',
  '<!--', '-->', '`', '```', '---', '#', '- ', '|', '[', ']', '{', '}',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** One piece of text: mostly triggers and odd characters, some arbitrary code points. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TRIGGERS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999999999 }).map(String) },
);

/** Arbitrary Unicode salted with real trigger fragments. */
export const text: fc.Arbitrary<string> = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));

/** A line of text without line breaks (for front matter values, headings…). */
const lineText = text.map((t) => t.replace(/[\r\n\u2028\u2029]/g, ' '));

// ---------------------------------------------------------------------------------------------
// Documents

export interface DocCase {
  text: string;
  fileName: string;
  platforms: PlatformId[];
  asOf: string;
  options: Record<string, boolean>;
}

const platformName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<string>(...PLATFORM_IDS) },
  { weight: 1, arbitrary: fc.constantFrom('tiktok', 'Douyin', '', ' ', '抖音', '__proto__', 'constructor') },
  { weight: 1, arbitrary: lineText },
);
const kindName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('listing', 'live', 'card') },
  { weight: 1, arbitrary: fc.constantFrom('Listing', 'poster', '', '__proto__', 'toString') },
  { weight: 1, arbitrary: lineText },
);

const mdLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: lineText },
  { weight: 2, arbitrary: lineText.map((t) => `# ${t}`) },
  { weight: 2, arbitrary: lineText.map((t) => `- ${t}`) },
  { weight: 1, arbitrary: lineText.map((t) => `1. ${t}`) },
  { weight: 1, arbitrary: lineText.map((t) => `> ${t}`) },
  { weight: 1, arbitrary: fc.tuple(lineText, lineText).map(([a, b]) => `| ${a} | ${b} |`) },
  { weight: 1, arbitrary: fc.constantFrom('| --- | --- |', '```', '~~~', '<!--', '-->', '') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('disable-next-line', 'disable', 'enable'), fc.constantFrom('', ' douyin/contact-diversion', ' contact-diversion', ' douyin/*', ' x')).map(([d, r]) => `<!-- copyguard-${d}${r} -->`) },
  { weight: 1, arbitrary: fc.tuple(lineText, lineText).map(([a, b]) => `[${a}](${b})`) },
);

const frontMatter: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.option(kindName, { nil: undefined }), fc.option(fc.array(platformName, { maxLength: 3 }), { nil: undefined }), fc.boolean(), fc.array(lineText, { maxLength: 2 }))
      .map(([kind, platforms, blockList, junk]) => {
        const lines = ['---'];
        if (kind !== undefined) lines.push(`kind: ${kind}`);
        if (platforms) {
          if (blockList) lines.push('platforms:', ...platforms.map((p) => `  - ${p}`));
          else lines.push(`platforms: [${platforms.join(', ')}]`);
        }
        lines.push(...junk, '---');
        return `${lines.join('\n')}\n`;
      }),
  },
  { weight: 1, arbitrary: fc.constantFrom('---\nplatforms: [douyin\nkind live\n', '---\n', '\uFEFF---\nkind: card\n---\n', '---\nplatforms:\n- douyin\n...\n') },
);

export const markdownDoc: fc.Arbitrary<{ text: string; fileName: string }> = fc
  .tuple(
    frontMatter,
    fc.array(mdLine, { maxLength: 12 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.constantFrom('a.listing.md', 'b.live.md', 'c.card.md', 'notes.md', 'X.LIVE.MARKDOWN'),
  )
  .map(([fm, lines, eol, fileName]) => ({ text: fm.replace(/\n/g, eol) + lines.join(eol), fileName }));

/** A small PRNG so one integer decides which characters a JSON literal escapes. */
function prng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** JSON.stringify with some characters written as \uXXXX or short escapes, and random indentation. */
export function stringifyWithEscapes(value: unknown, seed: number, indent: string): string {
  const rnd = prng(seed);
  const str = (s: string): string => {
    let out = '"';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const ch = s[i]!;
      const mustEscape = c < 0x20 || ch === '"' || ch === '\\';
      const r = rnd();
      if (mustEscape || r < 0.15) {
        if (ch === '"' || ch === '\\') out += `\\${ch}`;
        else if (ch === '\n' && r < 0.5) out += '\\n';
        else if (ch === '/' && r < 0.1) out += '\\/';
        else out += `\\u${c.toString(16).padStart(4, rnd() < 0.5 ? '0' : '0').toUpperCase()}`;
      } else out += ch;
    }
    return `${out}"`;
  };
  const nl = indent ? '\n' : '';
  const walk = (v: unknown, depth: number): string => {
    const pad = indent.repeat(depth + 1);
    const end = indent.repeat(depth);
    if (typeof v === 'string') return str(v);
    if (Array.isArray(v)) return v.length ? `[${nl}${v.map((x) => pad + walk(x, depth + 1)).join(`,${nl}`)}${nl}${end}]` : '[]';
    if (v && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      return entries.length ? `{${nl}${entries.map(([k, x]) => `${pad}${str(k)}:${indent ? ' ' : ''}${walk(x, depth + 1)}`).join(`,${nl}`)}${nl}${end}}` : '{}';
    }
    return JSON.stringify(v) ?? 'null';
  };
  return walk(value, 0);
}

const jsonPlatforms = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.array(platformName, { maxLength: 3 }) },
  { weight: 1, arbitrary: platformName },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(7, null, true, {}, [1, 2]) },
);
const jsonKind = fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: kindName }, { weight: 1, arbitrary: fc.constantFrom<unknown>(3, null) });
const ignoreEntries = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.record({ rule: fc.constantFrom('douyin/contact-diversion', 'contact-diversion', 'qr-code', 'x'), path: fc.constantFrom('/title', '/front', '/segments/0/lines/0', '/faq/0/a', '/nope', '', '/') }),
      { maxLength: 2 },
    ).map((ignore) => ({ ignore })),
  },
);
const listing = fc.record(
  {
    title: text,
    subtitle: text,
    sellingPoints: fc.array(text, { maxLength: 3 }),
    description: text,
    faq: fc.array(fc.record({ q: text, a: text }), { maxLength: 2 }),
    skus: fc.array(fc.record({ name: text, color: text }), { maxLength: 2 }),
  },
  { requiredKeys: ['title'] },
);
const live = fc.record(
  {
    title: text,
    segments: fc.array(fc.record({ at: fc.oneof(fc.constantFrom('00:01:02', '1:2'), text), speaker: text, lines: fc.array(text, { maxLength: 3 }) }, { requiredKeys: ['lines'] }), { maxLength: 3 }),
  },
  { requiredKeys: ['segments'] },
);
const card = fc.record({ front: text, back: text, qrCode: fc.record({ target: text, caption: text }, { requiredKeys: ['target'] }) }, { requiredKeys: ['front'] });
/** Values that do not fit any shape: numbers for strings, arrays for objects, random nesting. */
const offShape = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.constant(null),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(text, fc.constantFrom('title', 'front', 'segments', 'lines', '__proto__', 'constructor')), tie('value'), { maxKeys: 3 }),
  ),
})).value;

export const jsonDoc: fc.Arbitrary<{ text: string; fileName: string }> = fc
  .tuple(
    fc.oneof(listing, live, card, offShape as fc.Arbitrary<unknown>),
    jsonPlatforms,
    jsonKind,
    ignoreEntries,
    fc.integer(),
    fc.constantFrom('', '  ', '\t', '    '),
    fc.constantFrom('a.listing.json', 'b.live.json', 'c.card.json', 'd.json', 'E.Card.JSON'),
    fc.constantFrom('none', 'none', 'none', 'none', 'crlf', 'bom', 'truncate', 'garbage'),
    fc.nat(),
  )
  .map(([body, platforms, kind, copyguard, seed, indent, fileName, damage, cut]) => {
    const value: Record<string, unknown> = {};
    if (platforms !== undefined) value.platforms = platforms;
    if (kind !== undefined) value.kind = kind;
    if (body && typeof body === 'object' && !Array.isArray(body)) Object.assign(value, body);
    else value.title = body;
    if (copyguard !== undefined) value.copyguard = copyguard;
    let t = stringifyWithEscapes(value, seed, indent);
    if (damage === 'crlf') t = t.replace(/\n/g, '\r\n');
    else if (damage === 'bom') t = `\uFEFF${t}`;
    else if (damage === 'truncate') t = t.slice(0, cut % (t.length + 1));
    else if (damage === 'garbage') t = t.slice(0, cut % (t.length + 1)) + '",]}\\' + t.slice(cut % (t.length + 1));
    return { text: t, fileName };
  });

const settings = fc.record({
  platforms: fc.subarray([...PLATFORM_IDS], { maxLength: 3 }),
  asOf: fc.constantFrom('2023-01-01', '2025-06-01', '2026-11-26'),
  options: fc.record({ tmallWechatMembershipPilot: fc.boolean() }),
});

export const docCase: fc.Arbitrary<DocCase> = fc
  .tuple(fc.oneof(markdownDoc, jsonDoc), settings)
  .map(([d, s]) => ({ ...d, ...s }));

/** Documents that are valid JSON copy (for the fix-all keeps-JSON-valid property). */
export const validJsonCase: fc.Arbitrary<DocCase> = fc
  .tuple(jsonDoc, settings)
  .map(([d, s]) => ({ ...d, ...s }))
  .filter((c) => isJson(c.text));

// ---------------------------------------------------------------------------------------------
// Checks

function input(c: DocCase, textOverride?: string): CheckInput {
  return { text: textOverride ?? c.text, fileName: c.fileName, platforms: c.platforms, asOf: c.asOf, options: c.options };
}

export function isJson(t: string): boolean {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
}

function show(s: string): string {
  return JSON.stringify(s.length > 400 ? `${s.slice(0, 400)}…` : s);
}

/** True when `offset` splits a surrogate pair. */
function splitsPair(t: string, offset: number): boolean {
  if (offset <= 0 || offset >= t.length) return false;
  const a = t.charCodeAt(offset - 1);
  const b = t.charCodeAt(offset);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}

function assertSpan(t: string, what: string, s: { start: number; end: number }): void {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > t.length || s.start > s.end) {
    throw new Error(`${what}: span [${s.start}, ${s.end}) outside the document of length ${t.length}`);
  }
  if (splitsPair(t, s.start) || splitsPair(t, s.end)) throw new Error(`${what}: span [${s.start}, ${s.end}) splits a surrogate pair`);
}

export function runCheck(c: DocCase, t = c.text, using: Checker = checker): CheckResult {
  try {
    return using.check(input(c, t));
  } catch (e) {
    throw new Error(`check threw on ${c.fileName} ${show(t)}: ${(e as Error).stack ?? String(e)}`);
  }
}

/** Property 1: the engine never throws; every range lies in the document and on code-point boundaries. */
export function rangesAreSound(c: DocCase): void {
  const r = runCheck(c);
  for (const f of r.findings) {
    assertSpan(c.text, `finding ${f.ruleId} “${f.text}”`, f);
    if (c.text.slice(f.start, f.end) !== f.text && !isJsonName(c.fileName)) {
      throw new Error(`finding ${f.ruleId}: text “${f.text}” is not the document's “${c.text.slice(f.start, f.end)}”`);
    }
    for (const fix of f.fixes) {
      for (const e of fix.edits) assertSpan(c.text, `fix “${fix.title.en}” of ${f.ruleId}`, e);
    }
  }
  for (const p of r.problems) assertSpan(c.text, `problem ${p.code}`, p);
  for (const p of r.protectedRanges) assertSpan(c.text, 'protected range', p);
}

/** Where the edits landed in the text after applying them: [start, end) per edit, in new offsets. */
function editedRegions(edits: readonly TextEdit[]): { start: number; end: number }[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  let delta = 0;
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    out.push({ start: e.start + delta, end: e.start + delta + e.newText.length });
    delta += e.newText.length - (e.end - e.start);
    at = e.end;
  }
  return out;
}

function isJsonName(name: string): boolean {
  return name.toLowerCase().endsWith('.json');
}

/** A span moved by edits that all lie before or after it (e.g. an inserted directive line). */
function shiftSpan(span: { start: number; end: number }, edits: readonly TextEdit[]): { start: number; end: number } | undefined {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= span.start) delta += e.newText.length - (e.end - e.start);
    else if (e.start < span.end) return undefined;
  }
  return { start: span.start + delta, end: span.end + delta };
}

function overlaps(f: { start: number; end: number }, r: { start: number; end: number }): boolean {
  if (r.start === r.end) return f.start < r.start && r.start < f.end;
  return f.start < r.end && r.start < f.end;
}

/** Findings a fix is asked to clear: at most this many per case, to bound the time per case. */
const MAX_FINDINGS_PER_CASE = 6;

/**
 * Property 2: applying any fix (and the "ignore here" edit) and re-checking leaves no finding of
 * the same rule overlapping the edit.
 */
export function fixesClearTheirPlace(c: DocCase): void {
  const r = runCheck(c);
  const wasJson = isJsonName(c.fileName) && isJson(c.text);
  for (const f of r.findings.slice(0, MAX_FINDINGS_PER_CASE)) {
    const candidates: { title: string; edits: TextEdit[]; ignore?: boolean }[] = f.fixes.map((x) => ({ title: `${x.kind} “${x.title.en}”`, edits: x.edits }));
    const ignore = ignoreEdits(c.text, c.fileName, f.start, f.ruleId);
    if (ignore) candidates.push({ title: 'ignore here', edits: ignore, ignore: true });
    for (const fix of candidates) {
      const after = applyEdits(c.text, fix.edits);
      const rr = runCheck(c, after);
      // A fix's place is where its edits landed. An ignore's place is the finding itself: its
      // JSON string (a JSON ignore may reformat the file), or its span shifted past the directive.
      const regions = fix.ignore ? [] : editedRegions(fix.edits);
      const mapped = fix.ignore && !isJsonName(c.fileName) ? shiftSpan(f, fix.edits) : undefined;
      const still = rr.findings.filter(
        (g) =>
          g.ruleId === f.ruleId &&
          (fix.ignore ? (isJsonName(c.fileName) ? g.path === f.path : !!mapped && overlaps(g, mapped)) : regions.some((reg) => overlaps(g, reg))),
      );
      if (still.length) {
        throw new Error(
          `${fix.title} for ${f.ruleId} “${f.text}” in ${c.fileName} leaves “${still.map((g) => g.text).join('”, “')}”\n before: ${show(c.text)}\n after:  ${show(after)}`,
        );
      }
      if (wasJson && !isJson(after)) throw new Error(`${fix.title} for ${f.ruleId} breaks JSON\n before: ${show(c.text)}\n after:  ${show(after)}`);
    }
  }
}

/** Fix-all as the CLI applies it (up to three passes). */
export function fixAll(c: DocCase): string {
  let t = c.text;
  for (let pass = 0; pass < 3; pass++) {
    const edits = fixAllEdits(runCheck(c, t).findings);
    if (!edits.length) break;
    t = applyEdits(t, edits);
  }
  return t;
}

/** Property 3: JSON that was valid stays valid after fix-all. */
export function fixAllKeepsJsonValid(c: DocCase): void {
  if (!isJson(c.text)) return;
  const after = fixAll(c);
  if (!isJson(after)) throw new Error(`fix-all breaks JSON in ${c.fileName}\n before: ${show(c.text)}\n after:  ${show(after)}`);
}

// ---------------------------------------------------------------------------------------------
// Incremental edits

export interface EditCase {
  doc: DocCase;
  /** Each edit: where (fractions of the current length) and what to insert. */
  edits: { a: number; b: number; insert: string }[];
}

export const editCase: fc.Arbitrary<EditCase> = fc.record({
  doc: docCase,
  edits: fc.array(
    fc.record({ a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }), insert: fc.oneof(text, fc.constant('')) }),
    { minLength: 1, maxLength: 12 },
  ),
});

function comparable(r: CheckResult): string {
  return JSON.stringify({
    isCopy: r.isCopy,
    kind: r.kind,
    platforms: r.platforms,
    findings: r.findings.map((f) => [f.ruleId, f.severity, f.start, f.end, f.text, f.fixes.map((x) => [x.kind, x.safe, x.isPreferred, x.edits])]),
    problems: r.problems.map((p) => [p.code, p.severity, p.start, p.end]),
  });
}

/**
 * Property 4: edits applied one by one to a TextDocument (as the language server receives them),
 * checked after each with one long-lived checker, end with the findings of a fresh full check.
 */
export function incrementalMatchesFull(c: EditCase, fresh: () => Checker): void {
  const live = fresh();
  let doc = TextDocument.create(`file:///w/${c.doc.fileName}`, c.doc.fileName.endsWith('.json') ? 'json' : 'markdown', 1, c.doc.text);
  runCheck(c.doc, doc.getText(), live);
  let version = 1;
  for (const e of c.edits) {
    const len = doc.getText().length;
    const x = Math.floor(e.a * len);
    const y = Math.floor(e.b * len);
    const range = { start: doc.positionAt(Math.min(x, y)), end: doc.positionAt(Math.max(x, y)) };
    doc = TextDocument.update(doc, [{ range, text: e.insert }], ++version);
    runCheck(c.doc, doc.getText(), live);
  }
  const finalText = doc.getText();
  const incremental = comparable(runCheck(c.doc, finalText, live));
  const full = comparable(runCheck(c.doc, finalText, fresh()));
  if (incremental !== full) throw new Error(`incremental and full checks differ for ${c.doc.fileName} ${show(finalText)}\n incremental: ${incremental}\n full:        ${full}`);
}


// ---------------------------------------------------------------------------------------------
// Workspace pack patterns

const patternAtom = fc.constantFrom('a', 'b', '.', '\\d', '\\w', '\\s', '\\S', '[ab]', '[^x]', '微', '[\\s\\S]', '\\p{L}', '(?:ab)', 'a|b');
const patternQuantifier = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 4, arbitrary: fc.constantFrom('*', '+', '?', '{0,3}', '{2,}', '{1,30}', '{3}', '*?', '+?', '??') },
);
/** Regular expressions of the shapes people (and attackers) write: atoms, groups, alternations, quantifiers. */
export const packPattern: fc.Arbitrary<string> = fc
  .letrec<{ seq: string; item: string }>((tie) => ({
    item: fc.oneof(
      { depthSize: 'small' },
      fc.tuple(patternAtom, patternQuantifier).map(([a, q]) => (a.includes('|') ? `(?:${a})${q}` : a + q)),
      fc.tuple(tie('seq'), fc.option(tie('seq'), { nil: undefined }), patternQuantifier).map(([x, y, q]) => `(${x}${y !== undefined ? `|${y}` : ''})${q}`),
    ),
    seq: fc.array(tie('item'), { minLength: 1, maxLength: 5 }).map((xs) => xs.join('')),
  }))
  .seq.map((s) => `${s}${s.length % 3 === 0 ? '$' : s.length % 3 === 1 ? 'x' : ''}`);

const ADVERSARIAL = ['a'.repeat(20_000), 'ab'.repeat(10_000), `${'a'.repeat(20_000)}!`, '微'.repeat(20_000), ' a'.repeat(10_000), '1'.repeat(20_000), `${'aaab'.repeat(5_000)}x`];
const PATTERN_RULE = 'douyin/contact-diversion';

/** Property 5: a pattern patternSafety accepts costs bounded time on adversarial text (20,000 characters). */
export function acceptedPatternsAreBounded(p: string, stats: { accepted: number } = { accepted: 0 }): void {
  if (checkPatternSafety(p)) return;
  stats.accepted++;
  const c = createChecker({ packs: builtinPacks(), overlays: [{ patterns: { [PATTERN_RULE]: [p] } }] });
  for (const t of ADVERSARIAL) {
    const started = Date.now();
    c.check({ text: t, fileName: 'a.listing.md', platforms: ['douyin'] });
    const ms = Date.now() - started;
    if (ms > 3_000) throw new Error(`accepted pattern ${p} took ${ms} ms on ${JSON.stringify(t.slice(0, 12))}…`);
  }
}

// ---------------------------------------------------------------------------------------------

export interface NamedProperty {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  property: fc.IProperty<any>;
  /** Runs in `npm test` (0: tested elsewhere). */
  runs: number;
  /** Runs per fuzzing round; default `runs`. */
  fuzzBatch?: number;
}

/** The properties with the run counts `npm test` uses; the fuzzer scales them up. */
export function properties(): NamedProperty[] {
  const freshChecker = () => createChecker({ packs: builtinPacks() });
  return [
    { name: 'never throws; ranges in the document, on code-point boundaries', property: fc.property(docCase, rangesAreSound), runs: 3000 },
    { name: 'every fix and ignore clears its place', property: fc.property(docCase, fixesClearTheirPlace), runs: 1500 },
    { name: 'JSON stays valid after fix-all', property: fc.property(validJsonCase, fixAllKeepsJsonValid), runs: 1500 },
    { name: 'incremental edits agree with a full check', property: fc.property(editCase, (c) => incrementalMatchesFull(c, freshChecker)), runs: 600 },
    // Runs in test/hostile/packs.test.ts for npm test; listed here for the fuzzer.
    { name: 'accepted pack patterns run in bounded time', property: fc.property(packPattern, (p) => acceptedPatternsAreBounded(p)), runs: 0, fuzzBatch: 50 },
  ];
}
