/** Review bait: cash-back or gifts for reviews, the same cards carry it. */
import { words, type LexEntry } from './lexicon';

export const reviewBaitEntries: LexEntry[] = [
  ...words('好评返现 晒图返现 晒图返红包 好评返红包 好评有礼 晒图有礼 好评送 五星好评送 追评返 评价返现 好评截图 返现', {
    family: 'reviewBait', term: 'reviewBait', need: 'always',
  }),
  ...words('好评 五星 5星 晒图 评价 追评 带图 截图 晒单 点评', { family: 'reviewBait', term: 'reviewBait', need: 'cue', cues: 'review' }),
  ...words('五星级 好评如潮 好评率', { family: 'negative', term: 'negative', need: 'negative' }),
];
