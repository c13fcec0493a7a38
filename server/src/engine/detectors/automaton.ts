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
 * Largest full transition table (states × symbols that begin a word). Workspace packs can add many words in many
 * scripts; past this size the automaton keeps the trie and follows failure links instead.
 */
const MAX_TABLE = 1 << 24;

/**
 * A full table and its outputs as one thread built them, for another thread's automaton of the
 * same patterns to use as they are: posted to it, the table (~10 MB with the built-in words) is
 * shared, not copied, as it lives in a SharedArrayBuffer. Never written after the build.
 */
export type SharedAutomaton = Omit<MatchTables, 'fast' | 'hits'> & {
  /** The patterns and counted units they were built for (see keyOf). */
  key: string;
};

export class Automaton {
  private readonly alphabet: Uint16Array; // code unit → symbol (0 = not in any pattern)
  /**
   * Symbols below this have a column in `delta`: the counted units and every unit some pattern
   * begins with. The others (inner symbols: about half the alphabet, the rarer characters of
   * disguises) lead anywhere from only a few states, so a column each, nearly all zeros, doubled
   * the table (17.5 MB → 10.1 MB with the built-in words of 2026-11-29): their transitions are listed per row.
   */
  private readonly width: number;
  /** All symbols, inner ones too: 1 .. symbols - 1. */
  private readonly symbols: number;
  /** state * width + symbol → next state; 16 bits per entry while the states fit, so more of it stays in cache. */
  private readonly delta: Uint16Array | Int32Array;
  /**
   * Row r's transitions on inner symbols (to states other than the start):
   * innerSymbols/innerTargets[innerStart[r] .. innerStart[r + 1]). A few per row at most.
   */
  private innerStart: Int32Array = new Int32Array(1);
  private innerSymbols: Uint16Array = new Uint16Array(0);
  private innerTargets: Uint16Array | Int32Array = new Int32Array(0);
  /**
   * Pattern indices ending in each state (incl. via failure links): those of state s are
   * outputList[outputStart[s] .. outputStart[s + 1]). Flat arrays: the scan reads them for every
   * character in a match, and an array per state cost a pointer chase each time.
   */
  private outputStart: Int32Array = new Int32Array(1);
  private outputList: Int32Array = new Int32Array(0);
  /**
   * States from here on end a pattern, states before it end none (the full table numbers them
   * so): most steps then need no look-up of outputs at all.
   */
  private firstOutput = 0;
  /**
   * States from here on are leaves of the trie (the last character of a word no other word goes
   * on from): a leaf's row would be its failure state's, so it has none, and after its outputs the
   * scan goes on from leafFail[s - firstLeaf], the first state along its failure links that has a
   * row. A third of the states are leaves: the table is a third smaller to build and to hold.
   */
  private firstLeaf = 0;
  private leafFail: Uint16Array | Int32Array = new Int32Array(0);
  private readonly lengths: Int32Array;
  /** Trie and failure links, when the full table would be too large. */
  private readonly sparse?: { children: Map<number, number>[]; fail: Int32Array };

  /** Symbols 1..strongSymbols are `counted.strong`'s units, then up to countedSymbols `counted.weak`'s. */
  private readonly strongSymbols: number;
  private readonly countedSymbols: number;

  /** Which patterns and counted units these tables are for, when they are a full table. */
  private readonly key: string;

  /**
   * `counted`: units that folding counts as it matches (see MatchTables.countedSymbols), in two
   * kinds; they get the first symbols, whether a pattern has them or not. `shared`: tables another
   * thread built (share()), used when they are for the same patterns instead of building them again.
   */
  constructor(patterns: readonly string[], counted: { strong: string; weak: string } = { strong: '', weak: '' }, shared?: SharedAutomaton) {
    this.key = keyOf(patterns, counted);
    if (shared?.key === this.key) {
      ({ alphabet: this.alphabet, width: this.width, symbols: this.symbols, delta: this.delta, lengths: this.lengths, strongSymbols: this.strongSymbols, countedSymbols: this.countedSymbols } = shared);
      ({ innerStart: this.innerStart, innerSymbols: this.innerSymbols, innerTargets: this.innerTargets } = shared);
      ({ outputStart: this.outputStart, outputList: this.outputList, firstOutput: this.firstOutput, firstLeaf: this.firstLeaf, leafFail: this.leafFail } = shared);
      return;
    }
    this.alphabet = new Uint16Array(0x10000);
    let symbols = 1;
    for (const c of counted.strong) if (this.alphabet[c.charCodeAt(0)] === 0) this.alphabet[c.charCodeAt(0)] = symbols++;
    this.strongSymbols = symbols - 1;
    for (const c of counted.weak) if (this.alphabet[c.charCodeAt(0)] === 0) this.alphabet[c.charCodeAt(0)] = symbols++;
    this.countedSymbols = symbols - 1;
    // First the units patterns begin with (a column each), then the inner ones.
    for (const p of patterns) {
      const c = p.charCodeAt(0);
      if (p.length > 0 && this.alphabet[c] === 0) this.alphabet[c] = symbols++;
    }
    this.width = symbols;
    for (const p of patterns) {
      for (let i = 1; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (this.alphabet[c] === 0) this.alphabet[c] = symbols++;
      }
    }
    this.symbols = symbols;
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    const trie = buildTrie(patterns, this.alphabet, symbols);
    const states = trie.states;

    if (states * this.width > MAX_TABLE) {
      const children = Array.from({ length: states }, () => new Map<number, number>());
      for (let s = 1; s < states; s++) children[trie.parent[s]!]!.set(trie.symbol[s]!, s);
      const fail = new Int32Array(states);
      const queue: number[] = [...children[0]!.values()];
      for (let q = 0; q < queue.length; q++) {
        const s = queue[q]!;
        for (const [sym, next] of children[s]!) {
          let f = fail[s]!;
          while (f !== 0 && !children[f]!.has(sym)) f = fail[f]!;
          const target = children[f]!.get(sym);
          fail[next] = s !== 0 && target !== undefined && target !== next ? target : 0;
          queue.push(next);
        }
      }
      this.delta = new Int32Array(0);
      this.firstLeaf = states;
      this.flatten(trie, fail, Int32Array.from({ length: states }, (_, s) => s));
      this.sparse = { children, fail };
      return;
    }

    // Breadth-first failure links, folded into a full transition table with a row per state
    // that has children.
    let leaves = 0;
    for (let s = 1; s < states; s++) if (trie.firstChild[s] === 0) leaves++;
    const rows = states - leaves;
    const Table = states < 0x10000 ? Uint16Array : Int32Array;
    // Shared memory, so that share() can hand the table to another thread without a copy.
    const cells = rows * this.width;
    const delta: Uint16Array | Int32Array = Table === Uint16Array ? new Uint16Array(new SharedArrayBuffer(cells * 2)) : new Int32Array(new SharedArrayBuffer(cells * 4));
    const leafFail = new Table(leaves);
    // The table numbers the states as it goes: the start state 0, states that end no pattern
    // counting up from 1, the other states with children counting down from below the leaves,
    // and the leaves counting down from the top. Whether a state ends a pattern is known once its
    // failure link is, when it is first reached.
    const id = new Int32Array(states); // trie state → table state
    const trieOf = new Int32Array(states); // table state → trie state
    const fail = new Int32Array(states);
    const ends = new Uint8Array(states); // 1: the state ends a pattern, itself or through its failure link
    /** Per trie state: the table state whose row it reads (itself, or a leaf's nearest state with one). */
    const rowState = new Int32Array(states);
    let low = 1;
    let middle = rows - 1;
    let high = states - 1;
    const firstLeaf = rows;
    const w = this.width;
    // Each row's inner transitions, in the order rows are completed: [from, to) per row, packed
    // in row order at the end.
    const segmentFrom = new Int32Array(rows);
    const segmentTo = new Int32Array(rows);
    const segmentSymbols: number[] = [];
    const segmentTargets: number[] = [];
    /** Where row `r` goes on `sym` (r's row complete). */
    const next = (r: number, sym: number): number => {
      if (sym < w) return delta[r * w + sym]!;
      for (let j = segmentFrom[r]!; j < segmentTo[r]!; j++) if (segmentSymbols[j] === sym) return segmentTargets[j]!;
      return 0;
    };
    // A state's failure link, whether it ends a pattern, its number and its entry in its parent's
    // row are all known when the parent is reached: its parent's failure state's row is complete.
    const reach = (child: number, parent: number, failRow: number) => {
      const sym = trie.symbol[child]!;
      fail[child] = failRow < 0 ? 0 : trieOf[next(failRow, sym)]!;
      ends[child] = trie.firstPattern[child]! !== 0 || ends[fail[child]!]! !== 0 ? 1 : 0;
      if (trie.firstChild[child] === 0) {
        id[child] = high--;
        rowState[child] = rowState[fail[child]!]!;
        leafFail[id[child]! - firstLeaf] = rowState[child]!;
      } else {
        id[child] = ends[child] === 0 ? low++ : middle--;
        rowState[child] = id[child]!;
      }
      trieOf[id[child]!] = child;
      if (sym < w) {
        delta[parent * w + sym] = id[child]!;
        return;
      }
      // The parent's segment is the last one, still open: its failure row's entry, or a new one.
      let j = segmentFrom[parent]!;
      while (j < segmentTo[parent]! && segmentSymbols[j] !== sym) j++;
      if (j === segmentTo[parent]) {
        segmentSymbols.push(sym);
        segmentTo[parent]++;
      }
      segmentTargets[j] = id[child]!;
    };
    const queue = new Int32Array(states);
    let queued = 0;
    for (let c = trie.firstChild[0]!; c !== 0; c = trie.nextSibling[c]!) {
      reach(c, 0, -1);
      queue[queued++] = c;
    }
    for (let q = 0; q < queued; q++) {
      const s = queue[q]!;
      if (trie.firstChild[s] === 0) continue;
      // A state goes where its failure state goes (that row is complete: it is shallower),
      // except along its own children.
      const row = id[s]!;
      const failRow = rowState[fail[s]!]!;
      delta.copyWithin(row * w, failRow * w, failRow * w + w);
      segmentFrom[row] = segmentSymbols.length;
      for (let j = segmentFrom[failRow]!; j < segmentTo[failRow]!; j++) {
        segmentSymbols.push(segmentSymbols[j]!);
        segmentTargets.push(segmentTargets[j]!);
      }
      segmentTo[row] = segmentSymbols.length;
      for (let c = trie.firstChild[s]!; c !== 0; c = trie.nextSibling[c]!) {
        reach(c, row, failRow);
        queue[queued++] = c;
      }
    }
    this.innerStart = new Int32Array(new SharedArrayBuffer((rows + 1) * 4));
    this.innerSymbols = new Uint16Array(new SharedArrayBuffer(segmentSymbols.length * 2));
    this.innerTargets = Table === Uint16Array ? new Uint16Array(new SharedArrayBuffer(segmentTargets.length * 2)) : new Int32Array(new SharedArrayBuffer(segmentTargets.length * 4));
    let packed = 0;
    for (let r = 0; r < rows; r++) {
      this.innerStart[r] = packed;
      for (let j = segmentFrom[r]!; j < segmentTo[r]!; j++, packed++) {
        this.innerSymbols[packed] = segmentSymbols[j]!;
        this.innerTargets[packed] = segmentTargets[j]!;
      }
    }
    this.innerStart[rows] = packed;
    this.delta = delta;
    this.firstOutput = low;
    this.firstLeaf = firstLeaf;
    this.leafFail = leafFail;
    this.flatten(trie, fail, trieOf);
  }

  /**
   * The outputs of each state (its own patterns, then those of its failure states in turn), in
   * flat arrays ordered by the numbering `trieOf` gives (table state → trie state).
   */
  private flatten(trie: Trie, fail: Int32Array, trieOf: Int32Array): void {
    const states = trieOf.length;
    this.outputStart = new Int32Array(states + 1);
    const list: number[] = [];
    for (let t = 0; t < states; t++) {
      for (let s = trieOf[t]!; s !== 0; s = fail[s]!) {
        for (let p = trie.firstPattern[s]!; p !== 0; p = trie.nextPattern[p - 1]!) list.push(p - 1);
      }
      this.outputStart[t + 1] = list.length;
    }
    this.outputList = Int32Array.from(list);
  }

  /** The tables for another thread's automaton of the same patterns; undefined for a sparse automaton. */
  share(): SharedAutomaton | undefined {
    if (this.sparse) return undefined;
    const { key, alphabet, width, symbols, delta, innerStart, innerSymbols, innerTargets, outputStart, outputList, lengths, firstOutput, firstLeaf, leafFail, strongSymbols, countedSymbols } = this;
    return { key, alphabet, width, symbols, delta, innerStart, innerSymbols, innerTargets, outputStart, outputList, lengths, firstOutput, firstLeaf, leafFail, strongSymbols, countedSymbols };
  }

  /** The full transition table and outputs, with `hits` to collect into; undefined for a sparse automaton. */
  tables(hits: Hits): MatchTables | undefined {
    if (this.sparse) return undefined;
    const { alphabet, delta, width, symbols, innerStart, innerSymbols, innerTargets, outputStart, outputList, lengths, firstOutput, firstLeaf, leafFail, strongSymbols, countedSymbols } = this;
    return { alphabet, delta, width, symbols, innerStart, innerSymbols, innerTargets, outputStart, outputList, lengths, firstOutput, firstLeaf, leafFail, strongSymbols, countedSymbols, fast: newFastTable(), hits };
  }

  /** Where row `row` goes on the inner symbol `sym`. */
  private inner(row: number, sym: number): number {
    for (let j = this.innerStart[row]!; j < this.innerStart[row + 1]!; j++) if (this.innerSymbols[j] === sym) return this.innerTargets[j]!;
    return 0;
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
      s = sym < this.width ? this.delta[s * this.width + sym]! : this.inner(s, sym);
      if (s < this.firstOutput) return s;
    }
    const last = this.outputStart[s + 1]!;
    for (let j = this.outputStart[s]!; j < last; j++) {
      const p = this.outputList[j]!;
      hits.push(index + 1 - this.lengths[p]!, index + 1, p);
    }
    return s >= this.firstLeaf ? this.leafFail[s - this.firstLeaf]! : s;
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

/** A full record of what an automaton is built from: shared tables are used only when it is the same. */
function keyOf(patterns: readonly string[], counted: { strong: string; weak: string }): string {
  return `${counted.strong}\u0001${counted.weak}\u0001${patterns.join('\u0000')}`;
}

/**
 * The patterns' trie in flat arrays (state 0 is the root; 0 also means "none" in the links, as
 * the root is nobody's child): thousands of states, no object per state.
 */
interface Trie {
  states: number;
  parent: Int32Array;
  /** The symbol on the edge from the parent. */
  symbol: Uint16Array;
  /** Children in the order the patterns made them. */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** Patterns ending here, as index + 1, in the order given. */
  firstPattern: Int32Array;
  nextPattern: Int32Array;
}

function buildTrie(patterns: readonly string[], alphabet: Uint16Array, width: number): Trie {
  let capacity = 1;
  for (const p of patterns) capacity += p.length;
  const parent = new Int32Array(capacity);
  const symbol = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity);
  const lastChild = new Int32Array(capacity);
  const nextSibling = new Int32Array(capacity);
  const firstPattern = new Int32Array(capacity);
  const lastPattern = new Int32Array(capacity);
  const nextPattern = new Int32Array(patterns.length);
  const edges = new Map<number, number>(); // state * width + symbol → child
  let states = 1;
  patterns.forEach((p, index) => {
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const sym = alphabet[p.charCodeAt(i)]!;
      const key = s * width + sym;
      let next = edges.get(key);
      if (next === undefined) {
        next = states++;
        edges.set(key, next);
        parent[next] = s;
        symbol[next] = sym;
        if (firstChild[s] === 0) firstChild[s] = next;
        else nextSibling[lastChild[s]!] = next;
        lastChild[s] = next;
      }
      s = next;
    }
    if (firstPattern[s] === 0) firstPattern[s] = index + 1;
    else nextPattern[lastPattern[s]! - 1] = index + 1;
    lastPattern[s] = index + 1;
  });
  return { states, parent, symbol, firstChild, nextSibling, firstPattern, nextPattern };
}
