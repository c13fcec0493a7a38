/**
 * JSON copy: every string value becomes a segment with a map from decoded characters back to
 * the literal (so spans survive escapes such as \u5fae); keys are never checked. Syntax errors
 * and schema violations become problems on the offending node.
 */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { CopyKind, DocumentProblem, Segment } from '../types';
import { COPY_SCHEMAS, isCopyKind } from './copySchemas';
import { emptyDocument, segment, type Declared, type ParsedDocument, type Suppression } from './model';
import { unknownKind } from './markdown';
import { scanStrictJson, type StrictJson, type StrictOptions, type StrictValue } from './jsonStrict';
import { firstTooDeep } from './jsonDepth';

/** Fields that configure the file rather than hold copy. */
const NOT_COPY = new Set(['$schema', 'platforms', 'kind', 'copyguard']);
/** Nesting deeper than this is not copy and would only exhaust the parser's stack. */
const MAX_DEPTH = 200;

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Decode a JSON string literal's inside, mapping each decoded unit to its document offset. */
export function decodeLiteral(raw: string, at: number): { text: string; offsets: Int32Array } {
  // Every escape decodes to one unit, so the decoded text is never longer than the literal.
  const offsets = new Int32Array(raw.length + 1);
  const parts: string[] = [];
  let n = 0;
  let i = 0;
  for (;;) {
    const b = raw.indexOf('\\', i);
    // A backslash that ends the literal stands for itself.
    const stop = b < 0 || b + 1 >= raw.length ? raw.length : b;
    for (let j = i; j < stop; j++) offsets[n++] = at + j;
    parts.push(raw.slice(i, stop));
    if (stop === raw.length) break;
    const e = raw[b + 1]!;
    offsets[n++] = at + b;
    if (e === 'u' && HEX4.test(raw.slice(b + 2, b + 6))) {
      parts.push(String.fromCharCode(parseInt(raw.slice(b + 2, b + 6), 16)));
      i = b + 6;
    } else {
      parts.push(ESCAPES[e] ?? e);
      i = b + 2;
    }
  }
  offsets[n] = at + raw.length;
  return { text: parts.join(''), offsets: offsets.subarray(0, n + 1) };
}

function problem(start: number, end: number, code: string, zh: string, en: string): DocumentProblem {
  return { start, end, code, severity: 'error', message: { zh, en } };
}

/** Keys of a live segment that are not copy ("at": "00:01:00"). */
function skipKey(name: string, parentPointer: string): boolean {
  return name === 'at' && /^\/segments\/\d+$/.test(parentPointer);
}

const STRICT: StrictOptions = { maxDepth: MAX_DEPTH, notCopy: NOT_COPY, skipKey, giveUpOn: new Set(['copyguard']) };

export function parseJson(text: string): ParsedDocument {
  const doc = emptyDocument('json');
  // Copy files are plain JSON: read them in one pass, without a node tree. Anything unusual
  // (comments, errors, suppressions…) goes the tolerant way below, with the same result.
  const strict = scanStrictJson(text, STRICT);
  if (strict) return fromStrict(text, strict, doc);
  const deep = firstTooDeep(text, MAX_DEPTH);
  if (deep >= 0) {
    doc.problems.push(problem(deep, deep + 1, 'too-deep', `JSON 嵌套超过 ${MAX_DEPTH} 层,不是文案文件:未检查。`, `JSON nested deeper than ${MAX_DEPTH} levels is not copy; not checked.`));
    return doc;
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors.slice(0, 20)) {
    doc.problems.push(
      problem(Math.min(e.offset, text.length), Math.min(text.length, e.offset + Math.max(1, e.length)), 'json-syntax', `JSON 语法错误:${printParseErrorCode(e.error)}。`, `JSON syntax error: ${printParseErrorCode(e.error)}.`),
    );
  }
  if (!root) return doc;
  if (root.type === 'object') readConfig(root, doc);
  collectStrings(text, root, '', doc.segments);
  doc.shapeProblems = (kind) => validateShape(root, getNodeValue(root), kind);
  return doc;
}

/** The same document model as readConfig and collectStrings give, from the strict scan. */
function fromStrict(text: string, strict: StrictJson, doc: ParsedDocument): ParsedDocument {
  const value = (v: StrictValue): unknown => JSON.parse(text.slice(v.start, v.end));
  const { top } = strict;
  if (strict.root === 'object') {
    const kind = top.get('kind');
    if (kind?.type === 'string') {
      const k = value(kind) as string;
      if (isCopyKind(k)) doc.declaredKind = k;
      else doc.problems.push(unknownKind({ start: kind.start, end: kind.end, value: k }));
    }
    const platforms = top.get('platforms');
    if (platforms) {
      const nodes = platforms.type === 'array' ? (strict.platformItems ?? []) : [platforms];
      doc.declaredPlatforms = nodes.map((n): Declared<string> => {
        const v = value(n);
        return { value: typeof v === 'string' ? v : JSON.stringify(v), start: n.start, end: n.end };
      });
    }
    doc.shapeKind = top.has('segments') ? 'live' : top.has('front') ? 'card' : 'listing';
  }
  for (const s of strict.strings) stringSegments(text, s.start, s.end, s.pointer, doc.segments);
  // The tree is only needed to place schema problems, which valid copy does not have.
  doc.shapeProblems = (kind) => validateShape(undefined, JSON.parse(withoutCopy(text, strict.strings)), kind, () => parseTree(text, [], { allowTrailingComma: true, disallowComments: false })!);
  return doc;
}

/**
 * The document with every copy string emptied, for the schema check: no copy string has a
 * constraint of its own, and a 10 MB file then parses into a skeleton instead of megabytes of
 * strings (time and memory).
 */
function withoutCopy(text: string, strings: readonly { start: number; end: number }[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of strings) {
    parts.push(text.slice(at, s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The segments of the string literal whose inside is [start, end): one per line, as Markdown is
 * checked line by line — so an edit re-checks only its line — without the "\n" between lines.
 */
function stringSegments(source: string, start: number, end: number, pointer: string, out: Segment[]): void {
  const raw = source.slice(start, end);
  // The first part of the pointer (split('/')[1] without the array).
  const slash = pointer.indexOf('/', 1);
  const field = pointer.length === 0 ? '' : pointer.slice(1, slash < 0 ? pointer.length : slash);
  // Without escapes the literal is the text, one to one: no offset map needed.
  if (!raw.includes('\\')) {
    out.push(segment(start, raw, pointer, field, true));
    return;
  }
  // Most literals with escapes are lines joined by "\n" and nothing else: each line is then its
  // own raw text, one to one, and needs no decoding (nor an offset per character).
  const lines = raw.split('\\n');
  if (lines.every((line) => !line.includes('\\'))) {
    let at = start;
    for (const line of lines) {
      if (line.length > 0) out.push(segment(at, line, pointer, field, true));
      at += line.length + 2;
    }
    return;
  }
  const { text, offsets } = decodeLiteral(raw, start);
  for (let a = 0; ; ) {
    const nl = text.indexOf('\n', a);
    const b = nl < 0 ? text.length : nl;
    // An empty line between two line breaks holds no copy (an empty string is still a segment).
    if (b > a || (a === 0 && nl < 0)) out.push(lineSegment(text, offsets, a, b, pointer, field));
    if (nl < 0) return;
    a = nl + 1;
  }
}

/** Decoded units [a, b) of a literal as a segment; an offset map only where escapes remain. */
function lineSegment(text: string, offsets: Int32Array, a: number, b: number, pointer: string, field: string): Segment {
  const start = offsets[a]!;
  const line = text.slice(a, b);
  if (offsets[b]! - start === b - a) return segment(start, line, pointer, field, true);
  return segment(start, line, pointer, field, true, offsets.subarray(a, b + 1));
}

function readConfig(root: Node, doc: ParsedDocument): void {
  const kind = findNodeAtLocation(root, ['kind']);
  if (kind?.type === 'string') {
    if (isCopyKind(kind.value)) doc.declaredKind = kind.value;
    else doc.problems.push(unknownKind({ start: kind.offset, end: kind.offset + kind.length, value: String(kind.value) }));
  }
  const platforms = findNodeAtLocation(root, ['platforms']);
  if (platforms) {
    const nodes = platforms.type === 'array' ? (platforms.children ?? []) : [platforms];
    doc.declaredPlatforms = nodes.map(
      (n): Declared<string> => ({ value: typeof n.value === 'string' ? n.value : JSON.stringify(getNodeValue(n)), start: n.offset, end: n.offset + n.length }),
    );
  }
  const segmentsNode = findNodeAtLocation(root, ['segments']);
  const frontNode = findNodeAtLocation(root, ['front']);
  doc.shapeKind = segmentsNode ? 'live' : frontNode ? 'card' : 'listing';
  const ignores = findNodeAtLocation(root, ['copyguard', 'ignore']);
  for (const entry of ignores?.type === 'array' ? (ignores.children ?? []) : []) {
    const path = findNodeAtLocation(entry, ['path']);
    const rule = findNodeAtLocation(entry, ['rule']);
    if (path?.type !== 'string') continue;
    const target = nodeAtPointer(root, String(path.value));
    const suppression: Suppression = {
      start: entry.offset,
      end: entry.offset + entry.length,
      rules: rule?.type === 'string' ? [String(rule.value)] : [],
      from: target ? target.offset : -1,
      to: target ? target.offset + target.length : -1,
      path: String(path.value),
    };
    doc.suppressions.push(suppression);
  }
}

/** Validate the JSON value against the kind's schema; problems land on the offending node. */
function validateShape(tree: Node | undefined, value: unknown, kind: CopyKind, makeTree?: () => Node): DocumentProblem[] {
  const result = COPY_SCHEMAS[kind].safeParse(value);
  if (result.success) return [];
  const root = tree ?? makeTree!();
  return result.error.issues.slice(0, 50).map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    let node: Node | undefined = findNodeAtLocation(root, path);
    // Unknown keys: point at the key itself.
    if (issue.code === 'unrecognized_keys' && node?.type === 'object') {
      const key = (node.children ?? []).find((p) => p.children?.[0] && (issue as { keys?: string[] }).keys?.includes(String(p.children[0].value)));
      if (key?.children?.[0]) node = key.children[0];
    }
    const at = node ?? root;
    const where = path.length ? `/${path.join('/')}` : '/';
    return problem(at.offset, at.offset + (node ? at.length : 1), 'schema', `不符合${kindName(kind)}的格式(${where}):${issue.message}`, `Does not match the ${kind} schema at ${where}: ${issue.message}`);
  });
}

function kindName(kind: CopyKind): string {
  return kind === 'listing' ? '商品详情' : kind === 'live' ? '直播脚本' : '包裹卡';
}

function nodeAtPointer(root: Node, pointer: string): Node | undefined {
  if (pointer === '') return root;
  if (!pointer.startsWith('/')) return undefined;
  let node: Node | undefined = root;
  // A part is an index in an array and a key in an object (`{"0": …}` has a key "0").
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node?.type === 'array') node = /^\d+$/.test(part) ? node.children?.[Number(part)] : undefined;
    else if (node?.type === 'object') node = node.children?.find((p) => p.children?.[0]?.value === part)?.children?.[1];
    else return undefined;
  }
  return node;
}

function collectStrings(source: string, node: Node, pointer: string, out: Segment[]): void {
  const stack: { node: Node; pointer: string }[] = [{ node, pointer }];
  while (stack.length) {
    const { node: n, pointer: p } = stack.pop()!;
    if (n.type === 'object') {
      for (const prop of [...(n.children ?? [])].reverse()) {
        const key = prop.children?.[0];
        const value = prop.children?.[1];
        if (!key || !value) continue;
        const name = String(key.value);
        if (p === '' && NOT_COPY.has(name)) continue;
        if (skipKey(name, p)) continue;
        stack.push({ node: value, pointer: `${p}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}` });
      }
    } else if (n.type === 'array') {
      const children = n.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, pointer: `${p}/${i}` });
    } else if (n.type === 'string') {
      // An unterminated literal (truncated file) has no closing quote to strip.
      let close = n.offset + n.length;
      if (n.length >= 2 && source.charCodeAt(close - 1) === 34) {
        let slashes = 0;
        while (close - 2 - slashes > n.offset && source.charCodeAt(close - 2 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) close--;
      }
      stringSegments(source, n.offset + 1, close, p, out);
    }
  }
}
