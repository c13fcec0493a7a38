/**
 * A handle split over the cells of a table and joined by the copy: 第一行：v｜第二行：x｜第三行：jd_weilan｜
 * 三行连起来读，加上…; A款-w｜B款-x｜C款-lin｜D款-9527（四个款号按顺序拼起来加我）. The scanner reads it only
 * where its automaton saw a word of joining (the join-and-call words of phone.ts).
 */
import type { Span } from '../types';

/** Joining, then adding or searching what was joined; or the cells written as a sum that is the account (型号+编号即专属客服号). */
const JOIN_THEN_ADD = /(?:连起来|拼起来|拼在一起|连在一起|按顺序|依次|连读)[^。；！？\n]{0,8}?(?:加我|加上|添加|搜|加[vV微]|加好友)|[+＋][^。；！？\n，,+＋]{1,6}(?:即是|就是|即|是)[^。；！？\n]{0,6}?(?:客服号|微信号|微信|vx|[vV]号)/;
/** A short value of Latin letters, digits and joiners after a cell's label (：v, -lin, ：_lan). */
const CELL_VALUE = /[：:\-－=]\s*([A-Za-z0-9_.]{1,14})\s*(?=[｜|/／，,、；;（）()\s]|$)/g;
/** How many cells a split handle has at least. */
const MIN_CELLS = 2;

/** The span from the first cell's value to the instruction, where the cells' values make a handle to add. */
export function splitHandle(text: string): Span | undefined {
  const join = JOIN_THEN_ADD.exec(text);
  if (!join) return undefined;
  const values = [...text.slice(0, join.index).matchAll(CELL_VALUE)];
  if (values.length < MIN_CELLS) return undefined;
  const joined = values.map((m) => m[1]).join('');
  // A handle: long enough not to be sizes (S、M、L) or options (A、B), with letters, and digits or WeChat's own letters.
  if (joined.length < 6 || !/[a-z]/i.test(joined) || !(/\d/.test(joined) || /^(?:v|vx|wx|wxid)$/i.test(values[0]![1]!))) return undefined;
  const first = values[0]!;
  return { start: first.index! + first[0].indexOf(first[1]!), end: join.index + join[0].length };
}

/**
 * WeChat's name and the account spread over the values of cells the copy says to join: 第一栏：加 第二栏：微
 * 第三栏：xiaoya_1234，三栏连读; 【款式A-加】【款式B-绿泡泡】【款式C-ymxy0606】，连起来读; ①雾蓝-wei ②米白-xin
 * ③燕麦-nuannuan88，三个后缀连起来; 第一张写“微”，第二张写“信”，第三张写“beiduo_vip”，组合起来. The scanner reads
 * it only where its automaton saw a word of joining, as for splitHandle.
 */
export function spelledOverCells(text: string): Span | undefined {
  // Most texts with a joining word (型号, 顺序 …) spell no app's name at all: one look before the cells.
  if (!MAY_SPELL_AN_APP.test(text)) return undefined;
  const values = [...text.matchAll(SPELLING_CELL)];
  for (let j = MIN_CELLS; j < values.length; j++) {
    const handle = values[j]![1]!;
    if (!ACCOUNT.test(handle)) continue;
    // The cells right before the account spell the call and the app's name (加｜微, wei｜xin, 加｜绿泡泡).
    for (let i = j - MIN_CELLS; i >= Math.max(0, j - 4); i--) {
      const spelled = values.slice(i, j).map((m) => m[1]!.toLowerCase()).join('');
      if (!WECHAT_SPELLED.test(spelled)) continue;
      const first = values[i]!;
      return { start: first.index! + first[0].indexOf(first[1]!), end: values[j]!.index! + values[j]![0].length };
    }
  }
  return undefined;
}
/** A character or word of an app's name WECHAT_SPELLED needs, somewhere in the text. */
const MAY_SPELL_AN_APP = /[微薇威维卫徽]|wei|泡泡|小绿|企鹅|扣扣|qq|vx|wx/i;
/** A cell's value: after a mark (：-=·), after a row's, column's or card's label (第二行, 第三张写), or in quotes. */
const SPELLING_CELL = /(?:[：:\-－=·・]\s*|第[一二三四五六七八九十\d][行栏张列格项个](?:写的?是?|是|为)?[：:]?\s*(?![写是为])|[“‘「"'])([^\s｜|/／，,、；;。（）()【】“”‘’「」"'：:\-－=·・]{1,16})/gu;
/** The account: letters first, with a digit or an underscore. */
const ACCOUNT = /^[A-Za-z](?=[\w.]*[\d_])[\w.]{3,}$/;
/** The add-call and WeChat's name (or a nickname) spelled by the cells before the account. */
const WECHAT_SPELLED = /^(?:加|添加|add)?(?:(?:[微薇威维卫徽v]|wei)(?:[信星芯心x]|xin)?|vx|wx|绿泡泡|小绿|企鹅|qq|扣扣)号?$/;
