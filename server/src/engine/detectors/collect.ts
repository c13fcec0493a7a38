/** Collecting the buyer's own contact details. */
import { words, type LexEntry } from './lexicon';

export const collectEntries: LexEntry[] = [
  ...words('备注 留下 留个 留一下 留您 留你 告诉我 发我 填写 写上 报上 提供 私发 发一下', {
    family: 'collect', term: 'collect', need: 'cue', cues: 'collect',
  }),
  ...words('加好友 互加好友 加个好友 加为好友 通讯录', { family: 'collect', term: 'friend', need: 'always' }),
];
