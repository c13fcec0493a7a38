/**
 * A light Markdown segmenter: front matter, fenced code, HTML comments (directives), headings,
 * lists, tables, links. A general Markdown parser costs far more than the matching itself.
 */
import type { DocumentProblem, Span } from '../types';
import { parseFrontMatter } from './frontMatter';
import { emptyDocument, segment, type ParsedDocument, type Suppression } from './model';
import { isCopyKind } from './copySchemas';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DIRECTIVE = /<!--\s*copyguard-(disable-next-line|disable|enable)\b([^>]*?)-->/;
/** Block markers that are syntax, not copy: headings, quotes, list bullets and numbers. */
const MARKER = /^(?:\s{0,3}#{1,6}\s+|\s*(?:>\s*)+|\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)/;

interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * Read the line that starts at `start` into `line` (its end before any "\r"); returns where the
 * next line starts, or -1 after the last. One Line object serves a whole document: a 10 MB
 * file has hundreds of thousands of lines, and an object for each of them was megabytes held
 * until the parse ended.
 */
function readLine(text: string, start: number, line: Line): number {
  const nl = text.indexOf('\n', start);
  const i = nl < 0 ? text.length : nl;
  let end = i;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  line.start = start;
  line.end = end;
  line.text = text.slice(start, end);
  return nl < 0 ? -1 : nl + 1;
}

/** Where the line that starts at `start` begins and ends. */
function lineSpan(text: string, start: number): Span {
  const line: Line = { start: 0, end: 0, text: '' };
  readLine(text, start, line);
  return { start: line.start, end: line.end };
}

/** The lines front matter can span: up to its closing line, or all of them when it has none. */
function frontMatterLines(text: string): Line[] {
  const lines: Line[] = [];
  if (!/^\uFEFF?---\r?(?:\n|$)/.test(text)) return lines;
  for (let at = 0; at >= 0; ) {
    const line: Line = { start: 0, end: 0, text: '' };
    at = readLine(text, at, line);
    lines.push(line);
    if (lines.length > 1 && (line.text === '---' || line.text === '...')) break;
  }
  return lines;
}

/** Characters a line must start with to be anything but prose (fence, heading, list, quote, table…). */
const SYNTAX_START = new Uint8Array(128);
for (const c of '`~#>-*+|:0123456789<') SYNTAX_START[c.charCodeAt(0)] = 1;

/** Whether `c` is whitespace as a RegExp's \s sees it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A line no block rule below applies to: a body segment as it stands. */
function isProse(line: string): boolean {
  if (line.length === 0) return false;
  const c = line.charCodeAt(0);
  return !(c < 128 && SYNTAX_START[c]) && !isSpace(c) && !line.includes('<!--');
}

/** "- " followed by neither more space nor a task box "[ ]", and no comment in the line. */
function isPlainListItem(line: string): boolean {
  if (line.charCodeAt(0) !== 45 || line.charCodeAt(1) !== 32 || line.length < 3) return false;
  const c = line.charCodeAt(2);
  return c !== 91 && !isSpace(c) && !line.includes('<!--');
}

/** A line of copy outside code fences and comments: where its text starts and what it is. */
export interface LineShape {
  offset: number;
  field: 'body' | 'list' | 'heading' | 'table';
}

/** The shapes of most lines, shared (never changed: a shape is only read). */
const PROSE: LineShape = Object.freeze({ offset: 0, field: 'body' });
const PLAIN_LIST_ITEM: LineShape = Object.freeze({ offset: 2, field: 'list' });

const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * What a non-empty line outside code fences and comments holds: a segment, or undefined for
 * syntax (a fence, a directive or comment, a table rule, blanks).
 */
export function lineShape(line: string): LineShape | undefined {
  // Most lines are prose: nothing at their start can be syntax and no comment opens in them.
  if (isProse(line)) return PROSE;
  // "- " and prose: a list item, as MARKER reads it.
  if (isPlainListItem(line)) return PLAIN_LIST_ITEM;
  return headingOrEmphasis(line) ?? shapeByRules(line);
}

/**
 * Headings ("## 卖点") and prose that opens with emphasis ("**主图**"), the other lines copy is
 * full of, read without a regex — as shapeByRules reads them; undefined for anything else.
 */
function headingOrEmphasis(line: string): LineShape | undefined {
  const c = line.charCodeAt(0);
  if ((c !== 35 && c !== 42 && c !== 43) || line.length < 2 || line.includes('<!--')) return undefined;
  // "*" or "+" and no space: emphasis or a plus sign, not a bullet.
  if (c !== 35) return isSpace(line.charCodeAt(1)) ? undefined : PROSE;
  let hashes = 1;
  while (hashes < line.length && line.charCodeAt(hashes) === 35) hashes++;
  if (hashes > 6 || hashes >= line.length || !isSpace(line.charCodeAt(hashes))) return undefined;
  let offset = hashes;
  while (offset < line.length && isSpace(line.charCodeAt(offset))) offset++;
  return { offset, field: 'heading' };
}

/** What the block rules make of a line (exported for tests: the quick paths above must agree). */
export function shapeByRules(line: string): LineShape | undefined {
  if (FENCE.test(line) || DIRECTIVE.test(line) || /^\s*<!--/.test(line)) return undefined;
  if (line.trim() === '' || TABLE_RULE.test(line)) return undefined;
  const marker = MARKER.exec(line);
  const offset = marker ? marker[0].length : 0;
  const field = /^\s{0,3}#/.test(line) ? 'heading' : line.trimStart().startsWith('|') ? 'table' : marker ? 'list' : 'body';
  return { offset, field };
}

export function parseMarkdown(text: string): ParsedDocument {
  const steps = parseMarkdownSteps(text);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Lines read between two steps of parseMarkdownSteps. */
const LINES_PER_STEP = 4096;

/** parseMarkdown in steps of a few thousand lines, for a checker that must stay responsive. */
export function* parseMarkdownSteps(text: string): Generator<void, ParsedDocument> {
  const doc = emptyDocument('markdown');
  const { problems, segments, suppressions, protectedRanges } = doc;

  let bodyStart = 0;
  const fm = parseFrontMatter(frontMatterLines(text));
  if (fm) {
    // The body starts on the line after the front matter's last.
    const nl = text.indexOf('\n', fm.end);
    bodyStart = nl < 0 ? -1 : nl + 1;
    protectedRanges.push({ start: 0, end: fm.end });
    problems.push(...fm.problems);
    if (fm.kind) {
      if (isCopyKind(fm.kind.value)) doc.declaredKind = fm.kind.value;
      else problems.push(unknownKind(fm.kind));
    }
    if (fm.platforms) doc.declaredPlatforms = fm.platforms;
  }

  let fence: string | undefined;
  let fenceStart = 0;
  let inComment = false;
  let section = '';
  let openDisable: Suppression | undefined;
  const line: Line = { start: 0, end: 0, text: '' };
  for (let at = bodyStart, n = 0; at >= 0; n++) {
    if (n % LINES_PER_STEP === 0) yield;
    const next = readLine(text, at, line);
    at = next;
    if (fence !== undefined) {
      const m = FENCE.exec(line.text);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.text.trim() === m[1]) {
        fence = undefined;
        protectedRanges.push({ start: fenceStart, end: line.end });
      }
      continue;
    }
    // Blank lines separate blocks and nothing else.
    if (line.text.length === 0) continue;
    const shape = inComment ? undefined : lineShape(line.text);
    if (shape) {
      const text = line.text.slice(shape.offset);
      if (shape.field === 'heading') section = text.trim();
      segments.push(segment(line.start + shape.offset, text, section, shape.field, false));
      continue;
    }
    const fenceOpen = FENCE.exec(line.text);
    if (fenceOpen) {
      fence = fenceOpen[1]!;
      fenceStart = line.start;
      continue;
    }
    if (inComment) {
      if (line.text.includes('-->')) inComment = false;
      continue;
    }
    const directive = DIRECTIVE.exec(line.text);
    if (directive) {
      const rules = directive[2]!.trim().split(/[\s,]+/).filter(Boolean);
      const span = { start: line.start + directive.index, end: line.start + directive.index + directive[0].length };
      if (directive[1] === 'disable-next-line') {
        const following = next < 0 ? undefined : lineSpan(text, next);
        suppressions.push({ ...span, rules, from: following ? following.start : line.end, to: following ? following.end : line.end });
      } else if (directive[1] === 'disable') {
        openDisable = { ...span, rules, from: line.end, to: text.length };
        suppressions.push(openDisable);
      } else if (openDisable) {
        openDisable.to = line.start;
        openDisable = undefined;
      }
      continue;
    }
    if (/^\s*<!--/.test(line.text)) {
      if (!line.text.includes('-->')) inComment = true;
      continue;
    }
  }
  if (fence !== undefined) protectedRanges.push({ start: fenceStart, end: text.length });
  return doc;
}

function unknownKind(k: { start: number; end: number; value: string }): DocumentProblem {
  return {
    start: k.start,
    end: k.end,
    code: 'unknown-kind',
    severity: 'error',
    message: {
      zh: `未知的文案类型「${k.value}」:应为 listing(商品详情)、live(直播脚本)或 card(包裹卡)。`,
      en: `Unknown copy kind "${k.value}": expected listing, live or card.`,
    },
  };
}

export { unknownKind };
