/**
 * Workspace packs may add regular expressions. V8's backtracking engine can take exponential
 * time on nested quantifiers and polynomial time on several unbounded ones, so patterns of those
 * shapes are refused before they are compiled, and every accepted pattern runs on windows of at
 * most WINDOW characters of one segment (a line or a JSON string): its cost grows linearly with
 * the text, whatever the text.
 */

/** Longest text one pattern run sees; longer segments are searched in overlapping windows. */
export const WINDOW = 256;
/** Overlap of consecutive windows: matches up to this long are found wherever they are. */
export const OVERLAP = 64;
/** Most combinations bounded quantifiers (`?` and `{n,m}`) may try per start position. */
const MAX_BOUNDED_PRODUCT = 64;
/** The same, next to an unbounded quantifier (each combination then scans the window). */
const MAX_BOUNDED_PRODUCT_WITH_UNBOUNDED = 8;

/** End (exclusive) of a character class opened at `i`, or -1 when unclosed. */
function classEnd(source: string, i: number): number {
  for (let k = i + 1; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === ']') return k + 1;
  }
  return -1;
}

/** Why a pattern is refused, or undefined when it is safe to compile. */
export function checkPatternSafety(source: string): string | undefined {
  if (source.length > 200) return 'pattern longer than 200 characters';
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  if (/\(\?<?[=!]/.test(source)) return 'lookaround is not allowed';
  try {
    new RegExp(source, 'u');
  } catch (e) {
    return `invalid pattern: ${(e as Error).message}`;
  }
  // A quantified group that itself contains a quantifier or an alternation: (a+)+, (a|aa)*, (x*y?){2,}.
  const stack: { quantified: boolean; alternation: boolean }[] = [];
  let unbounded = 0;
  let product = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      // \p{…}, \u{…}: the braces belong to the escape, not to a quantifier.
      if (/[pPu]/.test(source[i + 1] ?? '') && source[i + 2] === '{') {
        const close = source.indexOf('}', i + 3);
        i = close < 0 ? source.length : close;
      } else i++;
      continue;
    }
    if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return 'unclosed character class';
      i = end - 1;
      continue;
    }
    let min = 0;
    let max: number | undefined;
    let length = 1;
    if (c === '*' || c === '+') max = Infinity;
    else if (c === '?' && source[i - 1] !== '(') max = 1;
    else if (c === '{') {
      const q = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (q) {
        min = Number(q[1]);
        max = q[2] === undefined ? min : q[3] === '' ? Infinity : Number(q[3]);
        length = q[0].length;
      }
    }
    if (max !== undefined) {
      if (stack.length) stack[stack.length - 1]!.quantified = true;
      if (max === Infinity) unbounded++;
      // The choices a bounded quantifier leaves open: a? two, a{2,8} seven, a{11} one.
      else product *= Math.max(1, max - min + 1);
      i += length - 1;
      // A lazy or possessive-looking suffix is part of this quantifier.
      if (source[i + 1] === '?') i++;
      continue;
    }
    if (c === '(') stack.push({ quantified: false, alternation: false });
    else if (c === '|' && stack.length) stack[stack.length - 1]!.alternation = true;
    else if (c === ')') {
      const inner = stack.pop();
      const next = source[i + 1];
      const outerQuantified = next === '*' || next === '+' || (next === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i + 1)));
      if (inner && outerQuantified && (inner.quantified || inner.alternation)) {
        return 'nested quantifier (catastrophic backtracking risk)';
      }
      if (inner && stack.length && inner.quantified) stack[stack.length - 1]!.quantified = true;
    }
  }
  if (unbounded > 1) return 'more than one unbounded quantifier (*, +, {n,}): polynomial backtracking risk; bound all but one, e.g. {0,8}';
  const limit = unbounded ? MAX_BOUNDED_PRODUCT_WITH_UNBOUNDED : MAX_BOUNDED_PRODUCT;
  if (product > limit) return `bounded quantifiers allow ${product} combinations (at most ${limit}${unbounded ? ' next to an unbounded one' : ''}): backtracking risk; use smaller bounds`;
  return undefined;
}

/**
 * Call `found` for every match of a global `regex` in `text`, searching windows of at most WINDOW
 * characters (a match longer than OVERLAP may be cut at a window's end, where `$` also matches).
 */
export function forEachMatch(regex: RegExp, text: string, found: (index: number, length: number) => void): void {
  const stride = WINDOW - OVERLAP;
  let lastEnd = 0;
  for (let at = 0; ; at += stride) {
    // Windows start and end on code-point boundaries.
    let from = at;
    if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from--;
    let to = Math.min(text.length, at + WINDOW);
    if (to < text.length && isLow(text.charCodeAt(to)) && isHigh(text.charCodeAt(to - 1))) to++;
    const last = to >= text.length;
    const window = from === 0 && last ? text : text.slice(from, to);
    // exec in a loop rather than matchAll, which clones the RegExp on every call.
    regex.lastIndex = 0;
    for (let m = regex.exec(window); m !== null; m = regex.exec(window)) {
      if (m[0].length === 0) {
        const k = regex.lastIndex;
        regex.lastIndex = k + (isHigh(window.charCodeAt(k)) && isLow(window.charCodeAt(k + 1)) ? 2 : 1);
        continue;
      }
      const index = from + m.index;
      // Each match once: a window reports the matches that start in its stride.
      if (!last && index >= at + stride) break;
      if (index < at || index < lastEnd) continue;
      lastEnd = index + m[0].length;
      found(index, m[0].length);
    }
    if (last) break;
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
