/**
 * Table-driven Aho–Corasick automaton over UTF-16 code units. One pass over the folded text
 * finds every literal of every detector; a combined RegExp alternation is several times slower.
 */

export interface Hit {
  /** Folded start index (inclusive). */
  start: number;
  /** Folded end index (exclusive). */
  end: number;
  /** Index of the pattern in the list the automaton was built from. */
  pattern: number;
}

/**
 * Largest full transition table (states × symbols). Workspace packs can add many words in many
 * scripts; past this size the automaton keeps the trie and follows failure links instead.
 */
const MAX_TABLE = 1 << 24;

export class Automaton {
  private readonly alphabet = new Uint16Array(0x10000); // code unit → symbol (0 = not in any pattern)
  private readonly width: number;
  private readonly delta: Int32Array; // state * width + symbol → next state
  private readonly outputs: number[][]; // state → pattern indices ending here (incl. via failure links)
  private readonly lengths: number[];
  /** Trie and failure links, when the full table would be too large. */
  private readonly sparse?: { children: Map<number, number>[]; fail: Int32Array };

  constructor(patterns: readonly string[]) {
    let symbols = 1;
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (this.alphabet[c] === 0) this.alphabet[c] = symbols++;
      }
    }
    this.width = symbols;
    this.lengths = patterns.map((p) => p.length);

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
      this.outputs = out;
      this.sparse = { children, fail };
      return;
    }

    // Breadth-first failure links, folded into a full transition table.
    const delta = new Int32Array(states * this.width);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (const [sym, next] of children[0]!) {
      delta[sym] = next;
      queue.push(next);
    }
    const w = this.width;
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      const f = fail[s]! * w;
      out[s] = out[s]!.concat(out[fail[s]!]!);
      // A state goes where its failure state goes (that row is complete: it is shallower),
      // except along its own children.
      delta.copyWithin(s * w, f, f + w);
      for (const [sym, next] of children[s]!) {
        fail[next] = delta[f + sym]!;
        delta[s * w + sym] = next;
        queue.push(next);
      }
    }
    this.delta = delta;
    this.outputs = out;
  }

  /** All occurrences of all patterns in `text`, in order of their end. */
  scan(text: string): Hit[] {
    const hits: Hit[] = [];
    const { alphabet, delta, width, outputs, lengths, sparse } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const sym = alphabet[text.charCodeAt(i)]!;
      if (sym === 0) s = 0;
      else if (sparse) {
        while (s !== 0 && !sparse.children[s]!.has(sym)) s = sparse.fail[s]!;
        s = sparse.children[s]!.get(sym) ?? 0;
      } else s = delta[s * width + sym]!;
      if (s !== 0) {
        const o = outputs[s]!;
        for (let j = 0; j < o.length; j++) {
          const p = o[j]!;
          hits.push({ start: i + 1 - lengths[p]!, end: i + 1, pattern: p });
        }
      }
    }
    return hits;
  }
}
