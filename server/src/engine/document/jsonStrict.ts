/**
 * The fast path for JSON copy that is plain, strict JSON (as copy files are): one pass over the
 * characters finds every string value with its JSON pointer and the top-level settings, without
 * building a node tree. It gives up (returns undefined) on anything else — comments, trailing
 * commas, syntax errors, odd whitespace, deep nesting, `copyguard` suppressions, a repeated
 * top-level key, a `__proto__` key — and the caller takes the tolerant jsonc-parser path, so results are the same either way.
 */
/** A value as the settings need it: where it stands. */
export interface StrictValue {
  type: 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array';
  /** Offset of the value's first character (the opening quote of a string). */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/** A string value that is copy: its literal's inside [start, end) and its JSON pointer. */
export interface StrictString {
  start: number;
  end: number;
  pointer: string;
}

export interface StrictJson {
  root: StrictValue['type'];
  /** Every string value that is copy, in document order. */
  strings: StrictString[];
  /** First occurrence of each top-level key (when the root is an object). */
  top: Map<string, StrictValue>;
  /** Items of the top-level `platforms` array, if it is one. */
  platformItems?: StrictValue[];
}

class GiveUp extends Error {}
const GIVE_UP = new GiveUp();

const HEX = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
/** What ends a run of plain text inside a string literal: its closing quote, an escape, a control character. */
const STRING_STOP = /["\\\u0000-\u001f]/g;
/** Characters allowed after a backslash. */
const ESCAPE = new Uint8Array(128);
for (const c of '"\\/bfnrtu') ESCAPE[c.charCodeAt(0)] = 1;

export interface StrictOptions {
  /** Deepest nesting accepted. */
  maxDepth: number;
  /** Top-level keys whose values are not copy. */
  notCopy: ReadonlySet<string>;
  /** Whether a string under `pointer` with this key is skipped (e.g. "at" of a live segment). */
  skipKey(key: string, parentPointer: string): boolean;
  /** Top-level keys that need the tolerant path. */
  giveUpOn: ReadonlySet<string>;
}

/** Scan `text` as strict JSON, or undefined when it is anything else. */
export function scanStrictJson(text: string, opts: StrictOptions): StrictJson | undefined {
  try {
    return reader.start(text, opts).run();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  } finally {
    // The reader outlives the document: it must not keep it.
    reader.start('', opts);
  }
}

class Scan {
  private i = 0;
  private n = 0;
  private text = '';
  private opts: StrictOptions = { maxDepth: 0, notCopy: new Set(), skipKey: () => false, giveUpOn: new Set() };
  private strings: StrictString[] = [];
  private top = new Map<string, StrictValue>();
  private platformItems: StrictValue[] | undefined = undefined;

  /** Ready to read `text` from its start. */
  start(text: string, opts: StrictOptions): this {
    this.i = 0;
    this.n = text.length;
    this.text = text;
    this.opts = opts;
    this.strings = [];
    this.top = new Map();
    this.platformItems = undefined;
    return this;
  }

  run(): StrictJson {
    this.ws();
    const root = this.value('', 0, true, '');
    this.ws();
    if (this.i !== this.n) throw GIVE_UP;
    return { root: root.type, strings: this.strings, top: this.top, platformItems: this.platformItems };
  }

  private ws(): void {
    const t = this.text;
    let i = this.i;
    while (i < this.n) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.i = i;
  }

  /**
   * One value at this.i. `pointer` is its JSON pointer, `collect` whether strings in it are copy;
   * `topKey` the top-level key it belongs to ('' elsewhere).
   */
  private value(pointer: string, depth: number, collect: boolean, topKey: string): StrictValue {
    const t = this.text;
    const start = this.i;
    const c = t.charCodeAt(start);
    if (c === 34) {
      const end = this.string();
      if (collect) this.strings.push({ start: start + 1, end: end - 1, pointer });
      return { type: 'string', start, end };
    }
    if (c === 123) return this.object(pointer, depth + 1, collect);
    if (c === 91) return this.array(pointer, depth + 1, collect, topKey);
    if (c === 116) return this.word('true', 'boolean');
    if (c === 102) return this.word('false', 'boolean');
    if (c === 110) return this.word('null', 'null');
    return this.number();
  }

  /** A string literal at this.i; returns the offset just past its closing quote. */
  private string(): number {
    const t = this.text;
    let j = this.i + 1;
    for (;;) {
      // Straight to the next character that is not plain text (a native search: most of the
      // document is the inside of string literals).
      STRING_STOP.lastIndex = j;
      if (!STRING_STOP.test(t)) throw GIVE_UP;
      j = STRING_STOP.lastIndex - 1;
      const c = t.charCodeAt(j);
      if (c === 34) break;
      if (c === 92) {
        const e = t.charCodeAt(j + 1);
        if (!(e < 128 && ESCAPE[e])) throw GIVE_UP;
        if (e === 117) {
          for (let k = j + 2; k < j + 6; k++) {
            const h = t.charCodeAt(k);
            if (!(h < 128 && HEX[h])) throw GIVE_UP;
          }
          j += 6;
        } else j += 2;
        continue;
      }
      // A control character: no JSON.
      throw GIVE_UP;
    }
    this.i = j + 1;
    return j + 1;
  }

  private word(w: string, type: 'boolean' | 'null'): StrictValue {
    const start = this.i;
    if (!this.text.startsWith(w, start)) throw GIVE_UP;
    this.i += w.length;
    return { type, start, end: this.i };
  }

  private number(): StrictValue {
    const t = this.text;
    const start = this.i;
    let j = start;
    const digits = () => {
      const from = j;
      while (j < this.n && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57) j++;
      if (j === from) throw GIVE_UP;
    };
    if (t.charCodeAt(j) === 45) j++;
    if (t.charCodeAt(j) === 48) j++;
    else digits();
    if (t.charCodeAt(j) === 46) {
      j++;
      digits();
    }
    if (t.charCodeAt(j) === 101 || t.charCodeAt(j) === 69) {
      j++;
      if (t.charCodeAt(j) === 43 || t.charCodeAt(j) === 45) j++;
      digits();
    }
    this.i = j;
    return { type: 'number', start, end: j };
  }

  private object(pointer: string, depth: number, collect: boolean): StrictValue {
    if (depth > this.opts.maxDepth) throw GIVE_UP;
    const t = this.text;
    const start = this.i;
    this.i++;
    this.ws();
    if (t.charCodeAt(this.i) === 125) {
      this.i++;
      return { type: 'object', start, end: this.i };
    }
    const isRoot = depth === 1 && pointer === '';
    for (;;) {
      if (t.charCodeAt(this.i) !== 34) throw GIVE_UP;
      const keyStart = this.i;
      const keyEnd = this.string();
      const rawKey = t.slice(keyStart + 1, keyEnd - 1);
      const key = rawKey.includes('\\') ? (JSON.parse(t.slice(keyStart, keyEnd)) as string) : rawKey;
      if (key === '__proto__') throw GIVE_UP;
      this.ws();
      if (t.charCodeAt(this.i) !== 58) throw GIVE_UP;
      this.i++;
      this.ws();
      if (isRoot && (this.opts.giveUpOn.has(key) || this.top.has(key))) throw GIVE_UP;
      const copy = collect && !(isRoot && this.opts.notCopy.has(key)) && !this.opts.skipKey(key, pointer);
      const child = `${pointer}/${key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key}`;
      const v = this.value(child, depth, copy, isRoot ? key : '');
      if (isRoot) this.top.set(key, v);
      this.ws();
      const c = t.charCodeAt(this.i);
      this.i++;
      if (c === 125) return { type: 'object', start, end: this.i };
      if (c !== 44) throw GIVE_UP;
      this.ws();
    }
  }

  private array(pointer: string, depth: number, collect: boolean, topKey: string): StrictValue {
    if (depth > this.opts.maxDepth) throw GIVE_UP;
    const t = this.text;
    const start = this.i;
    this.i++;
    this.ws();
    const items: StrictValue[] | undefined = depth === 2 && topKey === 'platforms' ? [] : undefined;
    if (t.charCodeAt(this.i) === 93) {
      this.i++;
      if (items) this.platformItems = items;
      return { type: 'array', start, end: this.i };
    }
    for (let index = 0; ; index++) {
      const v = this.value(`${pointer}/${index}`, depth, collect, '');
      items?.push(v);
      this.ws();
      const c = t.charCodeAt(this.i);
      this.i++;
      if (c === 93) break;
      if (c !== 44) throw GIVE_UP;
      this.ws();
    }
    if (items) this.platformItems = items;
    return { type: 'array', start, end: this.i };
  }
}

/**
 * One reader for every document, started afresh for each. A reader per document was a class
 * instance that died with it, and once a GC had collected the last one, the shape it had been
 * given field by field went too — and with it the reader's optimized code, compiled again for the
 * next document.
 */
const reader = new Scan();
