/**
 * What a user could pick instead of CopyGuard, over the same text and the same dictionary:
 * textlint + textlint-rule-prh (in-process, through textlint's kernel), the fastest matcher
 * library on npm (`ahocorasick`), and the floor: touching every character once.
 */
import AhoCorasick from 'ahocorasick';
import { TextlintKernel } from '@textlint/kernel';
import markdownPlugin from '@textlint/textlint-plugin-markdown';
import textPlugin from '@textlint/textlint-plugin-text';
import prhRule from 'textlint-rule-prh';
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
