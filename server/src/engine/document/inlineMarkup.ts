/**
 * HTML tags and Markdown escapes inside copy (<b>V</b>, <span>某宝</span>, laotie\_9527) are no part of
 * the words a buyer reads: they are blanked to zero-width spaces, unit for unit, so every offset
 * stays where it was and folding joins the words across them (a zero-width space is dropped
 * without a gap). Emphasis, code and strike marks (**加**V, 微`信`, ~~我~~) need no blanking: folding
 * drops them as separators that a word may hide behind (see Gap in normalize.ts).
 */
const MAYBE_MARKUP = /<\/?[A-Za-z]|\\[\\`*_{}[\]()#+\-.!~|<>]/;
const MARKUP = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>|\\(?=[\\`*_{}[\]()#+\-.!~|<>])/g;
const BLANK = '\u200b';

/** `text` with its inline markup blanked (the same string when it has none). */
export function blankInlineMarkup(text: string): string {
  if (!MAYBE_MARKUP.test(text)) return text;
  return text.replace(MARKUP, blankOutsideQuotes);
}

/** A tag blanked but for its quoted values: <img alt="扫码关注"> still says 扫码关注. */
function blankOutsideQuotes(tag: string): string {
  let out = '';
  let quote = '';
  for (const c of tag) {
    if (quote !== '' && c !== quote) out += c;
    else {
      if (c === '"' || c === "'") quote = quote === '' ? c : '';
      out += BLANK.repeat(c.length);
    }
  }
  return out;
}
