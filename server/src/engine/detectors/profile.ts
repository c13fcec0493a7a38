/** Pointers to a profile, avatar or bio that holds contact details. */
import { words, type LexEntry } from './lexicon';

export const profileEntries: LexEntry[] = [
  ...words('主页 头像 简介 签名 个签 背景图 置顶 昵称', { family: 'profile', term: 'profile', need: 'cue', cues: 'profile' }),
];
