/**
 * Workspace packs may add regular expressions. V8's backtracking engine can take exponential
 * time on nested quantifiers, so patterns of those shapes are refused before they are compiled,
 * and every accepted pattern runs only on one segment (a line or a JSON string) at a time.
 */

/** Why a pattern is refused, or undefined when it is safe to compile. */
export function checkPatternSafety(source: string): string | undefined {
  if (source.length > 200) return 'pattern longer than 200 characters';
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  if (/\(\?<?[=!]/.test(source)) return 'lookaround is not allowed';
  // A quantified group that itself contains a quantifier or an alternation: (a+)+, (a|aa)*, (x*y?){2,}.
  const stack: { quantified: boolean; alternation: boolean }[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const close = source.indexOf(']', i + 1);
      if (close < 0) return 'unclosed character class';
      i = close;
      continue;
    }
    if (c === '(') stack.push({ quantified: false, alternation: false });
    else if (c === '|' && stack.length) stack[stack.length - 1]!.alternation = true;
    else if ((c === '*' || c === '+' || c === '{' || c === '?') && stack.length && source[i - 1] !== '(') {
      stack[stack.length - 1]!.quantified = true;
    } else if (c === ')') {
      const inner = stack.pop();
      const next = source[i + 1];
      const outerQuantified = next === '*' || next === '+' || next === '{';
      if (inner && outerQuantified && (inner.quantified || inner.alternation)) {
        return 'nested quantifier (catastrophic backtracking risk)';
      }
      if (inner && stack.length && (inner.quantified || outerQuantified)) stack[stack.length - 1]!.quantified = true;
    }
  }
  try {
    new RegExp(source, 'u');
  } catch (e) {
    return `invalid pattern: ${(e as Error).message}`;
  }
  return undefined;
}
