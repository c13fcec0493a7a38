/**
 * Inline Markdown and HTML markup inside copy (**加**V, 微`信`, <span>某宝</span>, laotie\_9527) is
 * no part of the words a buyer reads: it is blanked to zero-width spaces, unit for unit, so every
 * offset stays where it was and folding joins the words across it (a zero-width space is dropped
 * without a gap). A `*` between two digits is a multiplication sign (138*80cm) and stays.
 */
const MAYBE_MARKUP = /[*~`<\\_]/;
const MARKUP = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>|(?<!\d)\*{1,3}|\*{1,3}(?!\d)|~~|`+|__+|\\(?=[\\`*_{}[\]()#+\-.!~|<>])/g;
const BLANK = '\u200b';

/** `text` with its inline markup blanked (the same string when it has none). */
export function blankInlineMarkup(text: string): string {
  if (!MAYBE_MARKUP.test(text)) return text;
  return text.replace(MARKUP, (m) => BLANK.repeat(m.length));
}
