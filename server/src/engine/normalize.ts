/**
 * Folding of copy text for matching, with a map back to the original UTF-16 offsets.
 *
 * Detectors match on the folded text; `starts[k]`/`ends[k]` give the original span of folded
 * character k, so a match [a, b) in folded text covers original [starts[a], ends[b - 1]) —
 * including every separator, emoji or zero-width character the disguise put in between.
 */
import { toSimplified } from './traditional';
import { commonForm } from './variants';
import { copyIn, stringOf, units, type Units } from './utf16';

/** The maps below may be longer than `text`: only their first `text.length` entries mean anything. */
export interface FoldedText {
  /** Lower-case, half-width, simplified text without separators; sentence ends become '\n'. */
  text: string;
  /** The same text's UTF-16 units (like the maps, only the first `text.length` mean anything). */
  units: Uint16Array;
  /** Original start offset of each folded character. */
  starts: Int32Array;
  /** Original end offset (exclusive) of each folded character. */
  ends: Int32Array;
  /**
   * The strongest separator dropped right before each folded character (a {@link Gap}), so
   * detectors can tell "微 信" (a disguise) from "超微,5038" (two items of a list).
   */
  gaps: Uint8Array;
  /**
   * Which {@link Mark}s the original text has (bits): detectors that read the original text look
   * here first, instead of searching every text for characters most copy never has.
   */
  marks: number;
  /**
   * How many folded units are counted units of the reader's automaton (digits and their
   * homophones, see detectors/digits.ts), and how many of them are of the strong kind (digits
   * proper); -1 when folding did not count (no reader, or one without a full table).
   */
  counted: number;
  strongCounted: number;
}

/**
 * Reads the folded units while they are made (the scanner's automaton), so a text is read once
 * for folding and matching both. `state` is what the previous call returned (0 at the start);
 * `index` is the unit's folded index.
 */
export interface UnitReader {
  read(state: number, unit: number, index: number): number;
  /**
   * The same reading as tables (a full transition table), when there is one: the fast path of
   * folding steps through them itself, one character at a time without a call.
   */
  readonly tables: MatchTables | undefined;
}

/** A table-driven automaton (detectors/automaton.ts), as `UnitReader.read` steps it. */
export interface MatchTables {
  /** Code unit → symbol; 0: in no pattern (back to the start state). */
  alphabet: Uint16Array;
  /** state × width + symbol → next state, for symbols below width (those a pattern begins with). */
  delta: Uint16Array | Int32Array;
  width: number;
  /** All symbols: 1 .. symbols - 1. */
  symbols: number;
  /**
   * Row r's transitions on the symbols from width on (none from the start state):
   * innerSymbols/innerTargets[innerStart[r] .. innerStart[r + 1]); any other goes to the start.
   */
  innerStart: Int32Array;
  innerSymbols: Uint16Array;
  innerTargets: Uint16Array | Int32Array;
  /** Patterns ending in state s: outputList[outputStart[s] .. outputStart[s + 1]). */
  outputStart: Int32Array;
  outputList: Int32Array;
  /** Each pattern's length. */
  lengths: Int32Array;
  /** States below this end no pattern: no outputs to look up. */
  firstOutput: number;
  /** States from here on have no row: after their outputs, go on from leafFail[state - firstLeaf]. */
  firstLeaf: number;
  leafFail: Uint16Array | Int32Array;
  /** Symbols 1..countedSymbols are counted while folding; 1..strongSymbols are the strong kind. */
  strongSymbols: number;
  countedSymbols: number;
  /** Folding's fast path table for this alphabet, learned as folding goes (see newFastTable). */
  fast: Uint16Array;
  /** Where occurrences go: folded start, end, pattern index. */
  hits: { push(start: number, end: number, pattern: number): void };
}

/** Characters of the original text that some detector cannot do without. */
export const enum Mark {
  /** "." or ":": every URL has one. */
  UrlPunctuation = 1,
  /** A currency sign: the fence of a 口令 token. */
  Currency = 2,
  /** "@": every e-mail address has one. */
  At = 4,
  /**
   * A dot spelled 点 before a top-level domain (hanfu-tujian点net). Not from folding (点 is a
   * common character): the scanner sets it when its automaton sees 点com, 点cn …
   */
  SpelledDot = 8,
  /** A full-width letter, digit or dot, or a middle dot: an address may be written in them (ｗｗｗ．…, www·shop·cn). */
  WideOrDotLike = 16,
  /** "<" or "\\": the text may hold an HTML tag or a Markdown escape (see document/inlineMarkup.ts). */
  Markup = 32,
  /** 信 or 星: WeChat's name may be spelled by the heads of a list (see detectors/acrostic.ts). */
  ChatHead = 64,
}

/** Strength of the separators dropped between two folded characters. */
export const enum Gap {
  /** Nothing, or only zero-width characters and combining marks. */
  None = 0,
  /** Spaces, dots, dashes, underscores, middle dots, emoji and other symbols inside a word. */
  Soft = 1,
  /** Slashes and bars: inside a disguise ("V/X") but between numbers ("12V/24V"). */
  Slash = 2,
  /** A label separator: "V：abc", "电话:138…". */
  Label = 3,
  /** Commas, brackets, quotes, multiplication signs: between items, not inside one. */
  Clause = 4,
}

/** How a code point is treated while folding. */
const enum CharClass {
  Keep = 0,
  Drop = 1,
  Boundary = 2,
  Map = 3,
  /** Zero-width and combining marks: dropped, but they extend the previous character's span. */
  Attach = 4,
}

/** Emoji and symbols that stand for words in disguised contacts (DOMAIN.md). */
const STAND_INS: ReadonlyMap<number, string> = new Map([
  [0x1f6f0, '微信'], // 🛰 satellite = 卫星 ≈ 微信
  [0x1f4e1, '微信'], // 📡 satellite antenna, the same pun
  [0x1f427, '企鹅'], // 🐧 penguin = QQ
  [0x1f360, '小红薯'], // 🍠 sweet potato = 小红薯 = Xiaohongshu
  [0x1f4d5, '小红书'], // 📕 a red book = Xiaohongshu
  // Emoji for one character of a name: 🍊色软件 (橙色软件), 🍑宝 (桃宝), 🎵音 (抖音), 手🐔号 (鸡 for 机), 头🐘 (头像); 🏠 for the home page (看我🏠第二行; 🏠页 reads 主页页, still a 主页).
  [0x1f34a, '橙'],
  [0x1f351, '桃'],
  [0x1f3b5, '抖'],
  [0x1f414, '机'],
  [0x1f3e0, '主页'],
  [0x1f418, '像'], // 🐘 xiàng for 像 (看头🐘: the avatar)
  // Green for WeChat: 🟢泡泡, 🟩号; 🫧 bubbles for 泡泡.
  [0x1f7e2, '绿'],
  [0x1f7e9, '绿'],
  [0x1f49a, '绿'], // 💚
  [0x1f9e1, '橙'], // 🧡 (去🧡色软件搜: Taobao's colour)
  [0x1f4f7, '相机'], // 📷 (用📷对准…)
  [0x1f4f9, '视频'], // 📹 a video camera for 视频 (我的📹号: the Channels account)
  [0x1f3a5, '视频'], // 🎥
  [0x1f532, '码'], // 🔲 a square for a code
  [0x1f533, '码'], // 🔳
  [0x25a6, '码'], // ▦ a gridded square for a code (扫右下角 ▦)
  [0x25a9, '码'], // ▩
  [0x2618, '绿'], // ☘ (加☘️信: a green leaf for WeChat's colour)
  [0x1f340, '绿'], // 🍀
  [0x1f33f, '绿'], // 🌿
  [0x1f4ac, '泡泡'], // 💬 (🟢💬 is WeChat's green bubble)
  [0x2708, '飞机'], // ✈ (纸✈️ is Telegram's paper plane; ✈️上搜 @…)
  // 🧧 a red envelope (私下给我发个🧧, 好评送🧧), ⭐ a review's star, 🐶东 (狗东, JD), 盆友⭕ (朋友圈).
  [0x1f9e7, '红包'],
  [0x1f4b0, '红包'], // 💰 a money bag, given as 🧧 is (五星+晒图=💰2元)
  [0x2b50, '星'],
  [0x1f5bc, '图'], // 🖼 a picture (五星+🖼️图)
  [0x1f381, '礼物'], // 🎁 a gift (五星+图=🎁)
  [0x1f436, '狗'],
  [0x2b55, '圈'],
  [0x1f40e, '码'], // 🐎 mǎ for 码
  [0x1f434, '码'], // 🐴
  [0x1f535, '蓝'], // 🔵 (走🔵色软件: Alipay's colour)
  [0x1f41f, '闲鱼'], // 🐟 for 闲鱼 (到🐟上关注…)
  [0x1f9f9, '扫'], // 🧹 a broom for 扫 (🧹一🧹卡片右下角)
  [0x1f411, '群'], // 🐑 羊 for 群 (君羊: 进粉丝🐑)
  [0x1f7e0, '橙'], // 🟠 (去那个🟠软件搜: Taobao's colour)
  [0x1f7e7, '橙'], // 🟧 (去那个🟧色的购物软件)
  [0x1f7e6, '蓝'], // 🟦 (🟦色软件: Alipay's colour)
  [0x2b1b, '码'], // ⬛ a black square for a code (扫右下角👉⬛)
  [0x1f41c, '蚂蚁'], // 🐜 an ant for Alipay's company (🐜付款)
  [0x1f30f, '微'], // 🌏 for 微 (记一下我的🌏号：…)
  [0x1f30d, '微'], // 🌍 the same (🉑➕🌍号 hx_…)
  [0x1f30e, '微'], // 🌎 the same
  [0x1f464, '头像'], // 👤 a bust for the avatar (拍前先👉看👤)
  [0x1f45b, '红包'], // 👛 a purse for a red envelope (客服发👛两元)
  [0x2193, '下'], // ↓ for 下 (私↓转我, 线↓交易)
  [0x1f91d, '交'], // 🤝 a handshake for 交 (同城可以面🤝)
  [0x1fae7, '泡泡'],
  [0x2795, '+'], // ➕
  [0x38f2, '微'], // 㣲, an old form of 微 (㣲信号)
  [0x5cee, '群'], // 峮, a rare character written for 群 (宠粉峮, 峮号)
  [0x271a, '+'], // ✚
  // A victory hand for the V of VX and a crossed box for its X (✌️❎搜…, ✌信, 嘉我✌️).
  [0x270c, 'v'], // ✌
  [0x1f504, '转'], // 🔄 (私下🔄账: a transfer)
  [0x1f990, '下'], // 🦐 xiā for 下 (私🦐转我)
  [0x274e, 'x'], // ❎
  [0x274c, 'x'], // ❌ (ν❌ for vx)
  [0x1f4de, '电话'], // 📞
  [0x260e, '电话'], // ☎
  [0x260f, '电话'], // ☏
  [0x1f4f1, '电话'], // 📱
  [0x1f4f2, '电话'],
  [0x1f4e7, '邮箱'], // 📧
  [0x2709, '邮箱'], // ✉
  [0x1f4e9, '邮箱'], // 📩
]);

/**
 * Characters written for others they look like (NFKC keeps them apart): Greek, Cyrillic and Cherokee
 * letters, small capitals, check marks, logical ors and crosses for Latin letters ("薇信 18οο28…" with omicrons for
 * zeros, "ѵх" and "ВХ" for vx — the Cyrillic В as the v it sounds like), rare variants of 微 and 信,
 * zhuyin's ㄧ for 一.
 */
const LOOKALIKES: ReadonlyMap<number, string> = new Map(
  [...'οо'].map((c) => [c.codePointAt(0)!, 'o'] as [number, string]).concat(
    [
      ['а', 'a'], ['е', 'e'], ['і', 'i'], ['ι', 'i'], ['ј', 'j'], ['р', 'p'], ['ρ', 'p'], ['с', 'c'], ['х', 'x'], ['χ', 'x'],
      ['у', 'y'], ['ѵ', 'v'], ['ν', 'v'], ['κ', 'k'], ['к', 'k'], ['τ', 't'], ['т', 't'], ['ԛ', 'q'], ['ԝ', 'w'], ['ω', 'w'],
      ['в', 'v'], ['н', 'h'], ['м', 'm'], ['ѕ', 's'], ['ԁ', 'd'], ['ɡ', 'g'], ['Ο', 'o'], ['О', 'o'], ['Α', 'a'], ['А', 'a'],
      ['Β', 'b'], ['В', 'v'], ['Ε', 'e'], ['Е', 'e'], ['Κ', 'k'], ['К', 'k'], ['Μ', 'm'], ['М', 'm'], ['Ν', 'n'], ['Ρ', 'p'],
      ['Р', 'p'], ['Τ', 't'], ['Т', 't'], ['Χ', 'x'], ['Х', 'x'], ['Υ', 'y'], ['У', 'y'], ['С', 'c'], ['Ѵ', 'v'], ['Ι', 'i'], ['І', 'i'],
      ['Ԛ', 'q'], ['Ԝ', 'w'], ['Ѕ', 's'], ['Ј', 'j'], ['Н', 'h'], ['Η', 'h'], ['Ԁ', 'd'], ['Ζ', 'z'], ['α', 'a'],
      // An Arabic-Indic seven, shaped as a V (٧χ：… for VX).
      ['٧', 'v'],
      // A small-capital V and the syllabics' ᐯ for the V of VX; б and З for the digits they look like.
      ['ᴠ', 'v'], ['ᐯ', 'v'], ['б', '6'], ['З', '3'], ['з', '3'],
      // Cyrillic shha for h (WеСһаt).
      ['һ', 'h'], ['Һ', 'h'],
      // Cherokee capitals shaped like Latin ones (Ꮃ𝖷 for WX).
      ['Ꭺ', 'a'], ['Ᏼ', 'b'], ['Ꮯ', 'c'], ['Ꭰ', 'd'], ['Ꭼ', 'e'], ['Ꮐ', 'g'], ['Ꮋ', 'h'], ['Ꭵ', 'i'], ['Ꭻ', 'j'], ['Ꮶ', 'k'],
      ['Ꮮ', 'l'], ['Ꮇ', 'm'], ['Ꮲ', 'p'], ['Ꮢ', 'r'], ['Ꮪ', 's'], ['Ꭲ', 't'], ['Ꮩ', 'v'], ['Ꮃ', 'w'], ['Ꮤ', 'w'], ['Ꮓ', 'z'],
      // A check mark or a logical or for the V of WeChat (加√信, 加我⋁): kept as v, no letter of any honest word.
      ['√', 'v'], ['✓', 'v'], ['⋁', 'v'], ['∨', 'v'],
      // Ballot crosses for the X of VX (ᐯ✘): no honest word is spelt with them.
      ['✘', 'x'], ['✗', 'x'],
      // Small capitals, which NFKC leaves as they are (ᴡᴇɪxɪɴ for weixin).
      ['ᴀ', 'a'], ['ʙ', 'b'], ['ᴄ', 'c'], ['ᴅ', 'd'], ['ᴇ', 'e'], ['ꜰ', 'f'], ['ɢ', 'g'], ['ʜ', 'h'], ['ɪ', 'i'], ['ᴊ', 'j'], ['ᴋ', 'k'],
      ['ʟ', 'l'], ['ᴍ', 'm'], ['ɴ', 'n'], ['ᴏ', 'o'], ['ᴘ', 'p'], ['ʀ', 'r'], ['ꜱ', 's'], ['ᴛ', 't'], ['ᴜ', 'u'], ['ᴡ', 'w'], ['ʏ', 'y'], ['ᴢ', 'z'],
      // Rare variants of 微 and 信 no copy writes for anything else (㣲伩, 嶶信); zhuyin's ㄧ, shaped as 一 (ㄧ3九 八2零四…).
      ['㣲', '微'], ['嶶', '微'], ['伩', '信'], ['ㄧ', '一'],
    ].map(([c, l]) => [c!.codePointAt(0)!, l!] as [number, string]),
  ).concat(accentedLatin()),
);

/** Latin letters with accents and pinyin tone marks, as their base letter: "wēi xìn" is weixin. */
function accentedLatin(): [number, string][] {
  const out: [number, string][] = [];
  for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const) {
    for (let cp = from; cp <= to; cp++) {
      const base = String.fromCodePoint(cp).normalize('NFD')[0]!;
      if (/^[A-Za-z]$/.test(base)) out.push([cp, base.toLowerCase()]);
    }
  }
  return out;
}

/** Separators that end an item rather than sit inside a word (see {@link Gap}). */
const CLAUSE_SEPARATORS = new Set([...',，、()（）[]［］【】〔〕{}｛｝「」『』“”"\'‘’《》〈〉<>＜＞×✕✖']);
/** `*` too: Markdown's emphasis inside a word (**加**V) and a multiplication sign between numbers (138*80cm). */
const SLASHES = new Set([...'/／\\|｜*＊']);
const LABEL_SEPARATORS = new Set([...':：=＝→➡▶►⇒➜➔⇨']);

/** Dingbat and Suzhou digits that NFKC leaves alone. */
function dingbatDigit(cp: number): string | undefined {
  if (cp >= 0x2776 && cp <= 0x277e) return String(cp - 0x2775); // ❶..❾
  if (cp === 0x277f) return '10';
  if (cp >= 0x2780 && cp <= 0x2788) return String(cp - 0x277f); // ➀..➈
  if (cp === 0x2789) return '10';
  if (cp >= 0x278a && cp <= 0x2792) return String(cp - 0x2789); // ➊..➒
  if (cp === 0x2793) return '10';
  if (cp === 0x24ea || cp === 0x24ff) return '0'; // ⓪ ⓿
  if (cp >= 0x24f5 && cp <= 0x24fd) return String(cp - 0x24f4); // ⓵..⓽
  if (cp === 0x24fe) return '10';
  if (cp >= 0x3021 && cp <= 0x3029) return String(cp - 0x3020); // Suzhou numerals 〡..〩, written for a number's digits
  if (cp >= 0x2680 && cp <= 0x2685) return String(cp - 0x267f); // dice faces ⚀..⚅ (骰子几点就是几)
  return undefined;
}

/** Letters in black circles and squares (🅣🅜, 🅥🅧), which NFKC leaves as they are. */
function enclosedLetter(cp: number): string | undefined {
  // (…and the regional indicator letters that flags are drawn with: 加🇻🇽 is 加VX.)
  for (const first of [0x1f150, 0x1f170, 0x1f1e6]) if (cp >= first && cp < first + 26) return String.fromCharCode(97 + cp - first);
  return undefined;
}

/** Zhuyin's tone marks (ㄨㄟˋ): attached to the syllable before them, as combining marks are. */
const ZHUYIN_TONES = new Set(['ˊ', 'ˇ', 'ˋ', '˙']);
const SENTENCE_END = new Set(['\n', '\r', '。', '！', '？', '!', '?', '；', ';', '\u2028', '\u2029']);
const KEEP_ASCII_SYMBOLS = new Set(['+', '@']);

/** Not classified yet (see learn). */
const UNKNOWN = 255;
const classTable = new Uint8Array(0x10000).fill(UNKNOWN);
/** For dropped characters: the {@link Gap} they leave. */
const gapTable = new Uint8Array(0x10000);
/**
 * {@link Mark} bits of BMP characters. The fast path of folding reads them only for dropped
 * characters (the punctuation and symbols marked are all dropped); a marked character that is kept
 * ("@") takes the slow path instead (see learn).
 */
const markTable = new Uint8Array(0x10000);
for (const c of '.:') markTable[c.charCodeAt(0)] = Mark.UrlPunctuation;
// A full-width dot and the middle dots evaders write for one too (ｗｗｗ．…, www·shop·cn).
for (const c of '．·・•丶') markTable[c.charCodeAt(0)] = Mark.UrlPunctuation | Mark.WideOrDotLike;
for (const [from, to] of [[0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a], [0x24d0, 0x24e9]]) for (let c = from!; c <= to!; c++) markTable[c] = Mark.WideOrDotLike;
for (const c of '¥￥$€£₤') markTable[c.charCodeAt(0)] = Mark.Currency;
markTable[0x40] = Mark.At;
markTable[0xff20] = Mark.At | Mark.WideOrDotLike; // ＠, read as @ by the raw detectors
markTable[0x3c] = Mark.Markup;
markTable[0x5c] = Mark.Markup;
// (薇 too, a value of an option that spells WeChat's add-call: A款-加 B款-薇 C款-mm0715; 微 is too common to mark.)
for (const c of '信星薇') markTable[c.charCodeAt(0)] = Mark.ChatHead;
const mapTable = new Map<number, string>();

function classify(cp: number): { cls: CharClass; out?: string } {
  const ch = String.fromCodePoint(cp);
  if (SENTENCE_END.has(ch)) return { cls: CharClass.Boundary };
  const stand = STAND_INS.get(cp) ?? LOOKALIKES.get(cp) ?? dingbatDigit(cp) ?? enclosedLetter(cp);
  if (stand !== undefined) return { cls: CharClass.Map, out: stand };
  // (…and the tone marks of zhuyin, ㄨㄟˋ ㄒㄧㄣˋ: the syllable is read without them.)
  if (/[\p{Mn}\p{Me}\p{Cf}]/u.test(ch) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || ZHUYIN_TONES.has(ch)) {
    return { cls: CharClass.Attach };
  }
  let folded = commonForm(ch).normalize('NFKC').toLowerCase();
  folded = toSimplified(folded);
  // Compatibility forms such as ⑴ "(1)" or ⒈ "1." keep only their letters and digits.
  let out = '';
  for (const c of folded) {
    if (SENTENCE_END.has(c)) return folded === ch ? { cls: CharClass.Boundary } : { cls: CharClass.Map, out: '\n' };
    if (KEEP_ASCII_SYMBOLS.has(c) || !/[\p{P}\p{S}\p{Z}\p{C}]/u.test(c)) out += c;
  }
  if (out === '') return { cls: CharClass.Drop };
  if (out === ch) return { cls: CharClass.Keep };
  return { cls: CharClass.Map, out };
}

/**
 * Class of a BMP code point, worked out the first time it is seen: classifying all 65,536 up
 * front took 70 ms of every start of the server and the CLI, and copy uses a few thousand.
 */
function learn(cp: number): CharClass {
  let cls: CharClass = CharClass.Keep;
  if (cp >= 0xd800 && cp <= 0xdfff) {
    cls = CharClass.Drop; // lone surrogates never match anything
  } else if (cp >= 0x4e00 && cp <= 0x9fff) {
    // CJK unified ideographs only need the traditional → simplified table.
    const s = toSimplified(commonForm(String.fromCharCode(cp)));
    if (s !== String.fromCharCode(cp)) {
      cls = CharClass.Map;
      mapTable.set(cp, s);
    }
  } else {
    const r = classify(cp);
    cls = r.cls;
    if (r.out !== undefined) mapTable.set(cp, r.out);
    if (cls === CharClass.Drop) gapTable[cp] = gapOf(String.fromCharCode(cp));
  }
  // A marked character kept as it is maps to itself: the slow path is where its mark is noted.
  if (cls === CharClass.Keep && markTable[cp] !== 0) {
    cls = CharClass.Map;
    mapTable.set(cp, String.fromCharCode(cp));
  }
  classTable[cp] = cls;
  return cls;
}

function gapOf(ch: string): Gap {
  if (CLAUSE_SEPARATORS.has(ch)) return Gap.Clause;
  if (LABEL_SEPARATORS.has(ch)) return Gap.Label;
  if (SLASHES.has(ch)) return Gap.Slash;
  return Gap.Soft;
}

/**
 * The fast path's table, one per automaton (its symbols differ): for each code unit, either
 * "kept as it is" with the automaton's symbol for it (0: in no pattern), FAST_MAPPED plus the
 * symbol of the one unit it folds to (FAST_UNIT says which: upper case, full width, sentence
 * ends…), FAST_DROP for a separator, or FAST_SLOW for everything else. It starts all FAST_SLOW and
 * learns a unit the first time the slow path meets it, so it costs nothing up front and one
 * look-up per character after.
 */
const FAST_MAPPED = 0x8000;
const FAST_DROP = 0xfffe;
const FAST_SLOW = 0xffff;
/** For a unit the fast path maps: the unit it folds to (the same for every automaton). */
const FAST_UNIT = new Uint16Array(0x10000);

/** A fast path's table that has learned nothing yet (MatchTables.fast). */
export function newFastTable(): Uint16Array {
  return new Uint16Array(0x10000).fill(FAST_SLOW);
}

/** Teach the fast table what the slow path found out about a BMP unit (never a surrogate). */
function learnFast(fast: Uint16Array, t: MatchTables, cp: number, cls: CharClass, mapped: string | undefined): void {
  if (cp >= 0xd800 && cp <= 0xdfff) return;
  if (cls === CharClass.Keep) fast[cp] = t.alphabet[cp]!;
  else if (cls === CharClass.Drop) fast[cp] = FAST_DROP;
  else {
    // One unit in, one out: a sentence end (folded to '\n'), or a single-unit mapping.
    const unit = cls === CharClass.Boundary ? 10 : cls === CharClass.Map && mapped!.length === 1 ? mapped!.charCodeAt(0) : -1;
    if (unit < 0 || (unit >= 0xd800 && unit <= 0xdfff)) return;
    FAST_UNIT[cp] = unit;
    fast[cp] = FAST_MAPPED | t.alphabet[unit]!;
  }
}

const astralCache = new Map<number, { cls: CharClass; out?: string }>();
function classifyAstral(cp: number): { cls: CharClass; out?: string } {
  let c = astralCache.get(cp);
  if (!c) {
    c = classify(cp);
    astralCache.set(cp, c);
  }
  return c;
}

interface FoldBuffers {
  /** The text's own units, copied in before folding (when they do not come from a DocumentUnits). */
  input: Units;
  out: Units;
  starts: Int32Array;
  ends: Int32Array;
  gaps: Uint8Array;
}

function buffers(capacity: number): FoldBuffers {
  return { input: units(capacity), out: units(capacity), starts: new Int32Array(capacity), ends: new Int32Array(capacity), gaps: new Uint8Array(capacity) };
}

/** Texts longer than this are folded into buffers of their own, so a Folder never keeps a huge one. */
const KEEP_BUFFERS_UP_TO = 1 << 16;
/** Room beyond the text's length; output grows past it only where a character expands (⑽ → 10). */
const SLACK = 8;

/**
 * Folds many texts one after another into the same buffers, so scanning thousands of segments
 * allocates no per-segment arrays. What `fold` returns is only valid until its next call.
 */
/**
 * What folding a text found besides its units and maps: the folded length, and what FoldedText
 * calls marks and counts.
 */
export interface FoldCounts {
  length: number;
  marks: number;
  counted: number;
  strongCounted: number;
}

export class Folder {
  private buf = buffers(1024);
  /** The buffers the last text was folded into. */
  private last = this.buf;
  /** The last fold's counts: one object, filled again by every fold. */
  private readonly counts: FoldCounts = { length: 0, marks: 0, counted: 0, strongCounted: 0 };

  /**
   * Fold `text`; `reader`, if given, reads every folded unit as it is made. `source`, if given,
   * holds the text's units from `offset` on (see DocumentUnits), so they need not be copied.
   */
  fold(text: string, reader?: UnitReader, source?: Uint16Array, offset = 0): FoldedText {
    this.foldUnits(text, reader, source, offset);
    return this.lastFolded();
  }

  /**
   * The same fold without making the folded text a string yet: the counts say whether anyone
   * needs it (most texts, read by the automaton as they were folded, hold nothing to look at).
   * The result is only valid until the next fold.
   */
  foldUnits(text: string, reader?: UnitReader, source?: Uint16Array, offset = 0): Readonly<FoldCounts> {
    const need = text.length + SLACK;
    if (need > KEEP_BUFFERS_UP_TO) this.last = buffers(need);
    else {
      if (this.buf.out.array.length < need) this.buf = buffers(Math.max(need, this.buf.out.array.length * 2));
      this.last = this.buf;
    }
    foldInto(text, this.last, this.counts, reader, source, offset);
    return this.counts;
  }

  /** The last fold as a FoldedText. */
  lastFolded(): FoldedText {
    return folded(this.last, this.counts);
  }
}

/** The buffers (the maps themselves, not views: three views per segment cost more than folding) and the counts of a fold. */
function folded(b: FoldBuffers, c: FoldCounts): FoldedText {
  return { text: stringOf(b.out, c.length), units: b.out.array, starts: b.starts, ends: b.ends, gaps: b.gaps, marks: c.marks, counted: c.counted, strongCounted: c.strongCounted };
}

/** Fold `text` for matching. Linear in the length of the text. */
export function fold(text: string): FoldedText {
  const b = buffers(text.length + SLACK);
  const counts: FoldCounts = { length: 0, marks: 0, counted: 0, strongCounted: 0 };
  foldInto(text, b, counts);
  return folded(b, counts);
}

function grow(b: FoldBuffers, capacity: number, used: number): void {
  const next = buffers(capacity);
  next.out.array.set(b.out.array.subarray(0, used));
  next.starts.set(b.starts.subarray(0, used));
  next.ends.set(b.ends.subarray(0, used));
  next.gaps.set(b.gaps.subarray(0, used));
  b.input = next.input;
  b.out = next.out;
  b.starts = next.starts;
  b.ends = next.ends;
  b.gaps = next.gaps;
}

/** Fold `text` into `b` (grown if need be), its counts into `into`. */
function foldInto(text: string, b: FoldBuffers, into: FoldCounts, reader?: UnitReader, source?: Uint16Array, offset = 0): void {
  const n = text.length;
  // Invariant: room for what is folded so far plus one unit per unread input unit, plus SLACK.
  // The text's units are input[base + i]: `source`'s, or copied in before any growth (grow
  // keeps what is folded so far, not the input).
  if (!source) copyIn(b.input, text);
  const input = source ?? b.input.array;
  const base = source ? offset : 0;
  let out = b.out.array;
  let { starts, ends, gaps } = b;
  // The fast path stores a gap only where there is one: every gap it may skip must read 0. Zero up
  // to where the fold can reach now; a character that expands (⑽ → 10) moves that further.
  let zeroedTo = Math.min(gaps.length, n + SLACK);
  gaps.fill(0, 0, zeroedTo);
  let k = 0;
  let lastEmit = 0; // folded index where the previous code point's output begins
  let gap = 0; // strongest separator dropped since the last emitted character
  let marks = 0;
  let state = 0; // the reader's
  // The reader's tables as locals: the fast path below steps through them inline (what
  // UnitReader.read does), the one place where a call per character showed. A symbol must fit
  // beside the FAST_MAPPED flag, below FAST_DROP: a wider alphabet is read through `reader.read`.
  const t = reader?.tables !== undefined && reader.tables.symbols < FAST_DROP - FAST_MAPPED ? reader.tables : undefined;
  const fast = t?.fast;
  const delta = t?.delta;
  const width = t ? t.width : 0;
  const innerStart = t?.innerStart;
  const innerSymbols = t?.innerSymbols;
  const innerTargets = t?.innerTargets;
  const firstOutput = t ? t.firstOutput : 0;
  const firstLeaf = t ? t.firstLeaf : 0;
  const leafFail = t?.leafFail;
  const outputStart = t?.outputStart;
  const outputList = t?.outputList;
  const lengths = t?.lengths;
  const hits = t?.hits;
  const strongSymbols = t ? t.strongSymbols : 0;
  const countedSymbols = t ? t.countedSymbols : 0;
  let counted = 0;
  let strongCounted = 0;
  let i = 0;
  while (i < n) {
    // The fast path, with a full table: characters kept as they are, and separators — most of
    // copy, one table look-up each. No call on the way: with one in the loop (recording an
    // occurrence, the slow path's), V8 re-read every array's bounds for every character.
    if (t !== undefined) {
      let ended = false; // a pattern ends at the character just kept
      while (i < n) {
        let c = input[base + i]!;
        let v = fast![c]!;
        if (v < FAST_DROP) {
          if (v >= FAST_MAPPED) {
            // Marked characters kept as they are ('@') map to themselves: their mark is noted here.
            marks |= markTable[c]!;
            c = FAST_UNIT[c]!;
            v -= FAST_MAPPED;
          }
          if (v === 0) state = 0;
          else {
            if (v <= countedSymbols) {
              counted++;
              if (v <= strongSymbols) strongCounted++;
            }
            // From the root (most steps) the next state need not wait for the previous one's load.
            if (v < width) state = state === 0 ? delta![v]! : delta![state * width + v]!;
            else if (state !== 0) {
              // A unit no pattern begins with: its few transitions are listed in the row.
              let to = 0;
              const last = innerStart![state + 1]!;
              for (let j = innerStart![state]!; j < last; j++) {
                if (innerSymbols![j] === v) {
                  to = innerTargets![j]!;
                  break;
                }
              }
              state = to;
            }
          }
          lastEmit = k;
          out[k] = c;
          // Most characters follow no separator: their gap is the 0 already there.
          if (gap !== 0) {
            gaps[k] = gap;
            gap = 0;
          }
          starts[k] = i;
          ends[k++] = ++i;
          if (state >= firstOutput) {
            ended = true;
            break;
          }
          continue;
        }
        if (v !== FAST_DROP) break;
        const g = gapTable[c]!;
        if (g > gap) gap = g;
        marks |= markTable[c]!;
        i++;
      }
      if (ended) {
        const last = outputStart![state + 1]!;
        for (let j = outputStart![state]!; j < last; j++) {
          const p = outputList![j]!;
          hits!.push(k - lengths![p]!, k, p);
        }
        if (state >= firstLeaf) state = leafFail![state - firstLeaf]!;
        continue;
      }
      if (i >= n) break;
    }
    // Everything else, one code point at a time.
    const c = input[base + i]!;
    let cp = c;
    let len = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = input[base + i + 1]!;
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        len = 2;
      }
    }
    let cls: CharClass;
    let mapped: string | undefined;
    if (cp < 0x10000) {
      cls = classTable[cp] as CharClass;
      if ((cls as number) === UNKNOWN) cls = learn(cp);
      if (cls === CharClass.Map) mapped = mapTable.get(cp);
      if (t) learnFast(fast!, t, cp, cls, mapped);
    } else {
      const r = classifyAstral(cp);
      cls = r.cls;
      mapped = r.out;
    }
    if (cp < 0x10000) marks |= markTable[cp]!;
    switch (cls) {
      case CharClass.Keep:
      case CharClass.Map: {
        // Its own units, or those it maps to (more than it had: ⑽ → 10).
        const count = cls === CharClass.Keep ? len : mapped!.length;
        const need = k + count + (n - i - len) + SLACK;
        if (need > out.length) {
          grow(b, Math.max(need, out.length * 2), k);
          out = b.out.array;
          ({ starts, ends, gaps } = b);
          zeroedTo = gaps.length; // fresh buffers read 0 past what was folded
        }
        if (need > zeroedTo) {
          gaps.fill(0, zeroedTo, need);
          zeroedTo = need;
        }
        lastEmit = k;
        for (let j = 0; j < count; j++) {
          const unit = cls === CharClass.Keep ? input[base + i + j]! : mapped!.charCodeAt(j);
          out[k] = unit;
          if (reader) state = reader.read(state, unit, k);
          const kind = countedKind(t, unit);
          if (kind !== 0) {
            counted++;
            if (kind === 2) strongCounted++;
          }
          gaps[k] = j === 0 ? gap : Gap.None;
          starts[k] = i;
          ends[k++] = i + len;
        }
        gap = 0;
        break;
      }
      case CharClass.Boundary:
        if (reader) state = reader.read(state, 10, k);
        lastEmit = k;
        gaps[k] = gap;
        gap = 0;
        out[k] = 10;
        starts[k] = i;
        ends[k++] = i + len;
        break;
      case CharClass.Attach:
        for (let j = lastEmit; j < k; j++) ends[j] = i + len;
        break;
      default: {
        const g = cp < 0x10000 ? gapTable[cp]! : Gap.Soft;
        if (g > gap) gap = g;
        break;
      }
    }
    i += len;
  }
  into.length = k;
  into.marks = marks;
  into.counted = t ? counted : -1;
  into.strongCounted = t ? strongCounted : -1;
}

/** For the slow path: 2 for a unit counted as strong, 1 for one counted as weak, 0 otherwise. */
function countedKind(t: MatchTables | undefined, unit: number): number {
  if (t === undefined) return 0;
  const sym = t.alphabet[unit]!;
  if (sym === 0 || sym > t.countedSymbols) return 0;
  return sym <= t.strongSymbols ? 2 : 1;
}

/** Original span of the folded range [a, b). */
export function originalSpan(f: FoldedText, a: number, b: number): { start: number; end: number } {
  return { start: f.starts[a] as number, end: f.ends[b - 1] as number };
}
