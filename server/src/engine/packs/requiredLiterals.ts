/**
 * Words a pack pattern cannot match without: `(珠宝|翡翠)[^\n]{0,12}(线下|到店)` never matches text
 * that has neither 珠宝 nor 翡翠 in it. The scanner looks for these words with the literals it
 * already looks for, and runs a pattern only on text where one of them was seen — most text never
 * pays for most patterns.
 *
 * Read from the pattern's source: plain characters, escaped punctuation, groups of such
 * alternatives, and quantifiers that require at least one repetition. Anything else (classes,
 * `\d`, `.`, optional parts) only ends a run of plain characters. Undefined when no word is
 * required, and then the pattern runs everywhere.
 */

/** Characters with a meaning of their own in a pattern. */
const META = new Set([...'\\^$.|?*+()[]{}']);

interface Parsed {
  /** Candidate sets: every match contains at least one string of each set. */
  sets: string[][];
  /** When the whole sequence is plain characters: that text (for groups of alternatives). */
  whole?: string;
}

/** The required words of `source`, or undefined when nothing can be relied on. */
export function requiredLiterals(source: string): string[] | undefined {
  const parser = new Parser(source);
  const branches = parser.alternatives();
  if (parser.failed || parser.at < source.length) return undefined;
  return eitherOf(branches);
}

/** Words one of which every match of these alternatives contains: each branch brings its own. */
function eitherOf(branches: Parsed[]): string[] | undefined {
  const out: string[] = [];
  for (const b of branches) {
    const words = b.whole ? [b.whole] : bestSet(b.sets);
    if (!words) return undefined;
    out.push(...words);
  }
  return [...new Set(out)];
}

/** The most selective set: the one whose shortest word is longest. */
function bestSet(sets: string[][]): string[] | undefined {
  let best: string[] | undefined;
  let bestLength = 0;
  for (const s of sets) {
    const shortest = Math.min(...s.map((w) => w.length));
    if (shortest > bestLength) {
      best = s;
      bestLength = shortest;
    }
  }
  return best;
}

class Parser {
  at = 0;
  failed = false;

  constructor(private readonly source: string) {}

  /** Branches separated by `|` up to the end or a closing parenthesis. */
  alternatives(): Parsed[] {
    const branches = [this.sequence()];
    while (!this.failed && this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Parsed {
    const sets: string[][] = [];
    let run = '';
    let plain = true;
    const endRun = () => {
      if (run) sets.push([run]);
      run = '';
    };
    while (!this.failed && this.at < this.source.length) {
      const c = this.source[this.at]!;
      if (c === '|' || c === ')') break;
      const atom = this.atom();
      const { min, quantified } = this.quantifier();
      if (atom.char !== undefined) {
        if (min >= 1) run += atom.char;
        else plain = false;
        // After a repeated character the next one may follow any repetition: the run ends.
        if (quantified) {
          plain = false;
          endRun();
        }
        continue;
      }
      plain = false;
      endRun();
      if (atom.group && min >= 1) {
        const best = eitherOf(atom.group);
        if (best) sets.push(best);
      }
    }
    endRun();
    const whole = plain ? sets.map((s) => s[0]).join('') : undefined;
    return whole === undefined ? { sets } : { sets, whole };
  }

  private atom(): { char?: string; group?: Parsed[] } {
    const s = this.source;
    const c = s[this.at]!;
    if (c === '\\') {
      const next = s[this.at + 1];
      this.at += 2;
      if (next !== undefined && (META.has(next) || next === '/' || next === '-')) return { char: next };
      // \d, \s, \n, \xHH, \uHHHH, \u{…}, \p{…}, \cX …: not plain characters; their arguments go with them.
      if (s[this.at] === '{' && (next === 'p' || next === 'P' || next === 'u')) {
        const close = s.indexOf('}', this.at);
        this.at = close < 0 ? s.length : close + 1;
      } else if (next === 'x') this.at += 2;
      else if (next === 'u') this.at += 4;
      else if (next === 'c') this.at += 1;
      return {};
    }
    if (c === '[') {
      for (let k = this.at + 1; k < s.length; k++) {
        if (s[k] === '\\') k++;
        else if (s[k] === ']') {
          this.at = k + 1;
          return {};
        }
      }
      this.failed = true;
      return {};
    }
    if (c === '(') {
      this.at++;
      if (s[this.at] === '?') {
        if (s[this.at + 1] === ':') this.at += 2;
        else if (s[this.at + 1] === '<' && s[this.at + 2] !== '=' && s[this.at + 2] !== '!') {
          const close = s.indexOf('>', this.at);
          if (close < 0) this.failed = true;
          this.at = close + 1;
        } else {
          // Lookaround and the like: refused by patternSafety; nothing relied on here.
          this.failed = true;
          return {};
        }
      }
      const group = this.alternatives();
      if (s[this.at] !== ')') this.failed = true;
      this.at++;
      return { group };
    }
    this.at++;
    if (c === '.' || c === '^' || c === '$' || META.has(c)) return {};
    // A character outside the BMP is one atom (patterns run with the u flag): both its halves.
    const low = s.charCodeAt(this.at);
    if (isHigh(c.charCodeAt(0)) && low >= 0xdc00 && low <= 0xdfff) return { char: c + s[this.at++]! };
    return { char: c };
  }

  /** The quantifier after an atom: its least repetition count (1 without one). */
  private quantifier(): { min: number; quantified: boolean } {
    const s = this.source;
    const c = s[this.at];
    let min = 1;
    let quantified = true;
    if (c === '*' || c === '?') {
      min = 0;
      this.at++;
    } else if (c === '+') this.at++;
    else if (c === '{') {
      const q = /^\{(\d+)(,\d*)?\}/.exec(s.slice(this.at));
      if (!q) return { min: 1, quantified: false };
      min = Number(q[1]);
      this.at += q[0].length;
    } else quantified = false;
    if (quantified && s[this.at] === '?') this.at++;
    return { min, quantified };
  }
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
