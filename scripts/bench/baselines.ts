/**
 * What a user could pick instead of CopyGuard, over the same text and the same dictionary:
 * textlint + textlint-rule-prh (in-process, through textlint's kernel), the fastest matcher
 * library on npm (`ahocorasick`), and the floor: touching every character once.
 */
import AhoCorasick from 'ahocorasick';
import { prhYaml, type Dictionary } from './dictionary';
import type { Format } from './corpus';

export interface Matcher {
  /** Findings (matches or messages) in `text`, so no work can be optimised away. */
  run(text: string, format: Format): number | Promise<number>;
}

/**
 * textlint with prh. Markdown goes through textlint's Markdown plugin; JSON copy has no textlint
 * plugin, so it is linted as plain text (the cheapest processor textlint has).
 */
export function textlintPrh(d: Dictionary): Matcher {
  // Loaded only by the process that measures textlint: its modules stay out of the others' heap.
  const load = <T>(name: string): T => {
    const m = require(name) as { default?: T } & T;
    return m.default ?? m;
  };
  const { TextlintKernel } = load<typeof import('@textlint/kernel')>('@textlint/kernel');
  const markdownPlugin = load<typeof import('@textlint/textlint-plugin-markdown').default>('@textlint/textlint-plugin-markdown');
  const textPlugin = load<typeof import('@textlint/textlint-plugin-text').default>('@textlint/textlint-plugin-text');
  const prhRule = load<typeof import('textlint-rule-prh').default>('textlint-rule-prh');
  const kernel = new TextlintKernel();
  const plugins = [
    { pluginId: 'markdown', plugin: markdownPlugin },
    { pluginId: 'text', plugin: textPlugin },
  ];
  const rules = [{ ruleId: 'prh', rule: prhRule, options: { ruleContents: [prhYaml(d)] } }];
  return {
    async run(text, format) {
      const result = await kernel.lintText(text, { ext: format === 'markdown' ? '.md' : '.txt', plugins, rules });
      return result.messages.length;
    },
  };
}

/** `ahocorasick` 1.0.2 over the same literals, on the raw text (it has no normalisation). */
export function ahoCorasick(d: Dictionary): Matcher {
  const ac = new AhoCorasick(d.literals);
  return { run: (text) => ac.search(text).length };
}

/** Reading every UTF-16 unit once: no matcher can be faster than this. */
export const touch: Matcher = {
  run(text) {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum;
  },
};
