/**
 * Rare variant forms evaders write for the characters of an app's name (加嶶 bagbag_mi, 溦信):
 * no copy uses them for anything else, so folding reads them as the common character.
 */
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ['嶶', '微'],
  ['徾', '微'],
  ['溦', '微'],
  ['媺', '微'],
  ['徴', '微'],
  ['訫', '信'],
  ['伩', '信'],
  ['伈', '信'], // (威伈 lanyue_ke7)
  // 囷 for 群 (来“囷”里，囷号 …), 呺 for 号 (公众呺).
  ['囷', '群'],
  // 羣, the old form of 群 (拉进私房茶友羣; 羣山 is 群山 all the same).
  ['羣', '群'],
  ['呺', '号'],
  // 図, the Japanese form of 图 (晒図).
  ['図', '图'],
  // Katakana ヨ for 彐, the right half of 扫 split into its parts (扌ヨ一扌ヨ).
  ['ヨ', '彐'],
  // 埽, an old form of 扫 (埽一下就能看).
  ['埽', '扫'],
  // 摁, pressed, for 按 (长摁三秒).
  ['摁', '按'],
  // The logical or ∨ for WeChat's V (先加我∨).
  ['∨', 'v'],
  // Bopomofo ㄦ (er) for 二 (ㄦ维码).
  ['ㄦ', '二'],
]);

/** The common character a rare variant stands for, or the character itself. */
export function commonForm(ch: string): string {
  return VARIANTS.get(ch) ?? ch;
}
