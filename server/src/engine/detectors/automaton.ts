/**
 * Table-driven Aho–Corasick automaton over UTF-16 code units. One pass over the folded text
 * finds every literal of every detector; a combined RegExp alternation is several times slower.
 */
import { newFastTable, type MatchTables, type UnitReader } from '../normalize';

/**
 * Occurrences found by one scan, in order of their end, kept in arrays reused from scan to scan
 * (thousands of segments, thousands of hits: no object per hit).
 */
export class Hits {
  count = 0;
  /** Folded start index (inclusive). */
  starts = new Int32Array(256);
  /** Folded end index (exclusive). */
  ends = new Int32Array(256);
  /** Index of the pattern in the list the automaton was built from. */
  patterns = new Int32Array(256);

  push(start: number, end: number, pattern: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.patterns[this.count++] = pattern;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const patterns = new Int32Array(n);
    starts.set(this.starts);
    ends.set(this.ends);
    patterns.set(this.patterns);
    this.starts = starts;
    this.ends = ends;
    this.patterns = patterns;
  }
}

/**
 * Largest full transition table (states × symbols). Workspace packs can add many words in many
 * scripts; past this size the automaton keeps the trie and follows failure links instead.
 */
const MAX_TABLE = 1 << 24;

export class Automaton {
  private readonly alphabet = new Uint16Array(0x10000); // code unit → symbol (0 = not in any pattern)
  private readonly width: number;
  /** state * width + symbol → next state; 16 bits per entry while the states fit, so more of it stays in cache. */
  private readonly delta: Uint16Array | Int32Array;
  /**
   * Pattern indices ending in each state (incl. via failure links): those of state s are
   * outputList[outputStart[s] .. outputStart[s + 1]). Flat arrays: the scan reads them for every
   * character in a match, and an array per state cost a pointer chase each time.
   */
  private outputStart = new Int32Array(1);
  private outputList = new Int32Array(0);
  /**
   * States from here on end a pattern, states before it end none (the full table numbers them
   * so): most steps then need no look-up of outputs at all.
   */
  private firstOutput = 0;
  private readonly lengths: Int32Array;
  /** Trie and failure links, when the full table would be too large. */
  private readonly sparse?: { children: Map<number, number>[]; fail: Int32Array };

  /** Symbols 1..strongSymbols are `counted.strong`'s units, then up to countedSymbols `counted.weak`'s. */
  private readonly strongSymbols: number;
  private readonly countedSymbols: number;

  /**
   * `counted`: units that folding counts as it matches (see MatchTables.countedSymbols), in two
   * kinds; they get the first symbols, whether a pattern has them or not.
   */
  constructor(patterns: readonly string[], counted: { strong: string; weak: string } = { strong: '', weak: '' }) {
    let symbols = 1;
    for (const c of counted.strong) if (this.alphabet[c.charCodeAt(0)] === 0) this.alphabet[c.charCodeAt(0)] = symbols++;
    this.strongSymbols = symbols - 1;
    for (const c of counted.weak) if (this.alphabet[c.charCodeAt(0)] === 0) this.alphabet[c.charCodeAt(0)] = symbols++;
    this.countedSymbols = symbols - 1;
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (this.alphabet[c] === 0) this.alphabet[c] = symbols++;
      }
    }
    this.width = symbols;
    this.lengths = Int32Array.from(patterns, (p) => p.length);

    // Trie.
    const children: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    patterns.forEach((p, index) => {
      if (p.length === 0) return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const sym = this.alphabet[p.charCodeAt(i)] as number;
        let next = children[s]!.get(sym);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          out.push([]);
          children[s]!.set(sym, next);
        }
        s = next;
      }
      out[s]!.push(index);
    });

    const states = children.length;
    if (states * this.width > MAX_TABLE) {
      const fail = new Int32Array(states);
      const queue: number[] = [...children[0]!.values()];
      for (let q = 0; q < queue.length; q++) {
        const s = queue[q]!;
        for (const [sym, next] of children[s]!) {
          let f = fail[s]!;
          while (f !== 0 && !children[f]!.has(sym)) f = fail[f]!;
          const target = children[f]!.get(sym);
          fail[next] = s !== 0 && target !== undefined && target !== next ? target : 0;
          out[next] = out[next]!.concat(out[fail[next]!]!);
          queue.push(next);
        }
      }
      this.delta = new Int32Array(0);
      this.flatten(out);
      this.sparse = { children, fail };
      return;
    }

    // Breadth-first failure links, folded into a full transition table.
    const delta = states < 0x10000 ? new Uint16Array(states * this.width) : new Int32Array(states * this.width);
    // The table numbers the states as it goes: the start state 0, states that end no pattern
    // counting up from 1, those that end one counting down from the top. A state's outputs are
    // known once its failure link is, when it is first reached.
    const id = new Int32Array(states); // trie state → table state
    const trieOf = new Int32Array(states); // table state → trie state
    let low = 1;
    let high = states - 1;
    const place = (s: number) => {
      id[s] = out[s]!.length === 0 ? low++ : high--;
      trieOf[id[s]!] = s;
    };
    const queue: number[] = [];
    for (const [sym, next] of children[0]!) {
      place(next);
      delta[sym] = id[next]!;
      queue.push(next);
    }
    const fail = new Int32Array(states);
    const w = this.width;
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const row = id[s]! * w;
      const failRow = id[fail[s]!]! * w;
      // A state goes where its failure state goes (that row is complete: it is shallower),
      // except along its own children.
      delta.copyWithin(row, failRow, failRow + w);
      for (const [sym, next] of children[s]!) {
        fail[next] = trieOf[delta[failRow + sym]!]!;
        out[next] = out[next]!.concat(out[fail[next]!]!);
        place(next);
        delta[row + sym] = id[next]!;
        queue.push(next);
      }
    }
    this.delta = delta;
    this.firstOutput = low;
    this.flatten(Array.from(trieOf, (s) => out[s]!));
  }

  private flatten(out: number[][]): void {
    this.outputStart = new Int32Array(out.length + 1);
    for (let s = 0; s < out.length; s++) this.outputStart[s + 1] = this.outputStart[s]! + out[s]!.length;
    this.outputList = Int32Array.from(out.flat());
  }

  /** The full transition table and outputs, with `hits` to collect into; undefined for a sparse automaton. */
  tables(hits: Hits): MatchTables | undefined {
    if (this.sparse) return undefined;
    const { alphabet, delta, width, outputStart, outputList, lengths, firstOutput, strongSymbols, countedSymbols } = this;
    return { alphabet, delta, width, outputStart, outputList, lengths, firstOutput, strongSymbols, countedSymbols, fast: newFastTable(), hits };
  }

  /**
   * One folded unit read at folded index `index`, in state `state` (0 at the start of a text):
   * the occurrences ending with it go to `hits`; returns the next state.
   */
  step(state: number, unit: number, index: number, hits: Hits): number {
    const sym = this.alphabet[unit]!;
    if (sym === 0) return 0;
    let s = state;
    const sparse = this.sparse;
    if (sparse) {
      while (s !== 0 && !sparse.children[s]!.has(sym)) s = sparse.fail[s]!;
      s = sparse.children[s]!.get(sym) ?? 0;
    } else {
      s = this.delta[s * this.width + sym]!;
      if (s < this.firstOutput) return s;
    }
    const last = this.outputStart[s + 1]!;
    for (let j = this.outputStart[s]!; j < last; j++) {
      const p = this.outputList[j]!;
      hits.push(index + 1 - this.lengths[p]!, index + 1, p);
    }
    return s;
  }
}

/**
 * The automaton reading folded text as folding makes it (see Folder.fold): one pass over the
 * text for both, its occurrences in `hits`.
 */
export class Matching implements UnitReader {
  readonly tables: MatchTables | undefined;

  constructor(
    private readonly automaton: Automaton,
    readonly hits: Hits,
  ) {
    this.tables = automaton.tables(hits);
  }

  read(state: number, unit: number, index: number): number {
    return this.automaton.step(state, unit, index, this.hits);
  }
}
