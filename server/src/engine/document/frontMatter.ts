/**
 * Front matter of Markdown copy: the small YAML subset copy files use (`kind: card`,
 * `platforms: [douyin, taobao]`, or a `- item` list). Anything it cannot read is a problem at
 * that line, never an exception.
 */
import type { DocumentProblem } from '../types';
import type { Declared } from './model';

export interface FrontMatter {
  /** Offset just past the closing fence line. */
  end: number;
  kind?: Declared<string>;
  platforms?: Declared<string>[];
  problems: DocumentProblem[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const KEY = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;

function problem(start: number, end: number, zh: string, en: string, code = 'front-matter'): DocumentProblem {
  return { start, end, code, severity: 'error', message: { zh, en } };
}

/** Scalars may be quoted; comments after # are dropped. */
function scalar(raw: string, at: number): Declared<string> {
  const lead = raw.length - raw.trimStart().length;
  let value = raw.trim().replace(/\s+#.*$/, '');
  let start = at + lead;
  if (/^(['"]).*\1$/.test(value)) {
    value = value.slice(1, -1);
    start++;
  }
  return { value, start, end: start + value.length };
}

function inlineList(raw: string, at: number): Declared<string>[] {
  const open = raw.indexOf('[');
  const inner = raw.slice(open + 1, raw.lastIndexOf(']'));
  const out: Declared<string>[] = [];
  let offset = at + open + 1;
  for (const part of inner.split(',')) {
    if (part.trim()) out.push(scalar(part, offset));
    offset += part.length + 1;
  }
  return out;
}

export function parseFrontMatter(lines: Line[]): FrontMatter | undefined {
  const firstLine = lines[0];
  if (!firstLine || firstLine.text.replace(/^\uFEFF/, '') !== '---') return undefined;
  const problems: DocumentProblem[] = [];
  const close = lines.findIndex((l, i) => i > 0 && (l.text === '---' || l.text === '...'));
  if (close < 0) {
    problems.push(
      problem(firstLine.start, firstLine.end, 'Front matter 没有结束行「---」:已忽略,正文照常检查。', 'Front matter is not closed with "---"; it is ignored and the body is checked.'),
    );
    return { end: firstLine.end, kind: undefined, platforms: undefined, problems };
  }
  // Every field from the start: one shape for every front matter (see document/model.ts).
  const fm: FrontMatter = { end: lines[close]!.end, kind: undefined, platforms: undefined, problems };
  let listKey: string | undefined;
  for (let n = 1; n < close; n++) {
    const line = lines[n]!;
    const t = line.text;
    if (t.trim() === '' || t.trim().startsWith('#')) continue;
    const item = /^(\s+)-\s*(.*)$/.exec(t) ?? /^()-\s+(.*)$/.exec(t);
    if (item && listKey) {
      const value = scalar(item[2]!, line.start + t.length - item[2]!.length);
      if (listKey === 'platforms') (fm.platforms ??= []).push(value);
      continue;
    }
    const m = KEY.exec(t);
    if (!m) {
      problems.push(problem(line.start, line.end, `无法读取这一行 front matter:应为「键: 值」。`, 'Cannot read this front matter line: expected "key: value".'));
      listKey = undefined;
      continue;
    }
    const key = m[1]!;
    const raw = m[2]!;
    const valueAt = line.start + t.length - raw.length;
    listKey = raw.trim() === '' ? key : undefined;
    if (key === 'kind') fm.kind = scalar(raw, valueAt);
    else if (key === 'platforms') {
      if (raw.trim().startsWith('[')) {
        if (!raw.includes(']')) {
          problems.push(problem(valueAt, line.end, '平台列表缺少「]」。', 'The platform list is missing "]".'));
        } else fm.platforms = inlineList(raw, valueAt);
      } else if (raw.trim() !== '') fm.platforms = [scalar(raw, valueAt)];
      else fm.platforms = [];
    }
  }
  return fm;
}
