/**
 * The dictionary the baselines get: the engine's own literals (every detector's lexicon, hard
 * negatives left out) and about twenty patterns for what the engine finds without a literal
 * (phone numbers in any writing, handles after a label, URLs, e-mail, 口令 tokens) plus the packs'
 * own patterns. A baseline given the same words is the fairest comparison there is.
 */
import { collectEntries } from '../../server/src/engine/detectors/collect';
import { contactEntries } from '../../server/src/engine/detectors/contact';
import { groupEntries } from '../../server/src/engine/detectors/group';
import type { LexEntry } from '../../server/src/engine/detectors/lexicon';
import { paymentEntries } from '../../server/src/engine/detectors/payment';
import { profileEntries } from '../../server/src/engine/detectors/profile';
import { qrEntries } from '../../server/src/engine/detectors/qr';
import { reviewBaitEntries } from '../../server/src/engine/detectors/reviewBait';
import { thirdPartyEntries } from '../../server/src/engine/detectors/thirdParty';
import { builtinPacks } from '../../server/src/engine/packs/builtin';

const ENTRIES: readonly LexEntry[] = [
  ...contactEntries, ...qrEntries, ...groupEntries, ...profileEntries, ...thirdPartyEntries,
  ...paymentEntries, ...collectEntries, ...reviewBaitEntries,
];

export interface Dictionary {
  /** Distinct literals, as written in the lexicon. */
  literals: string[];
  /** Literals grouped by the term they stand for (one prh rule each). */
  groups: Map<string, string[]>;
  /** Regular expressions (JavaScript source, no flags). */
  patterns: string[];
}

const DIGIT = '[0-9０-９零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖①-⑨⓪]';
const SEP = '[\\s\\-－—_.·]?';

/** What the engine finds beyond literals, written the way a prh or regex user would. */
const EXTRA_PATTERNS = [
  `1[3-9]\\d{9}`,
  `1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}`,
  `(?:${DIGIT}${SEP}){10}${DIGIT}`,
  `(?:400|800)[\\s-]?\\d{3}[\\s-]?\\d{4}`,
  `0\\d{2,3}[\\s-]?\\d{7,8}`,
  `(?:\\+?86)[\\s-]?1[3-9]\\d{9}`,
  `(?:qq|扣扣|企鹅|q号)[\\s:：]*${DIGIT}{5,11}`,
  `(?:微信|vx|v信|wx|薇信|威信)[\\s:：]*[a-zA-Z][-_a-zA-Z0-9]{5,19}`,
  `(?:微信|vx|v信|wx)号?[\\s:：]*${DIGIT}{6,11}`,
  `[a-zA-Z0-9._%+-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*\\.[a-zA-Z]{2,10}`,
  `(?:https?:\\/\\/|www\\.)[^\\s<>()"'，。、！？；：「」【】]+`,
  `[a-z0-9][a-z0-9-]{0,62}\\.(?:com|cn|net|shop|top|xyz|vip|cc)(?:\\/[^\\s，。]*)?`,
  `[¥￥$€£₤][A-Za-z0-9]{8,14}[¥￥$€£₤]`,
  `(?:加|\\+|➕)\\s*(?:v|V|微|薇|威)`,
  `(?:进|加|入)\\s*(?:群|裙)`,
  `(?:好评|晒图|五星|追评)[^。！？\\n]{0,8}(?:返|送|领|红包)`,
  `(?:扫|識|识别)[^。！？\\n]{0,4}(?:码|碼)`,
];

export function benchDictionary(): Dictionary {
  const groups = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const e of ENTRIES) {
    if (e.family === 'negative' || seen.has(e.word)) continue;
    seen.add(e.word);
    const key = `${e.family}:${e.term}`;
    const list = groups.get(key) ?? [];
    list.push(e.word);
    groups.set(key, list);
  }
  const packPatterns = builtinPacks().flatMap((p) => p.rules.flatMap((r) => r.patterns ?? []));
  return { literals: [...seen], groups, patterns: [...EXTRA_PATTERNS, ...new Set(packPatterns)] };
}

/**
 * A prh dictionary (YAML; JSON is YAML) with one rule per term and one per pattern. `expected`
 * is a marker no copy contains, so every match is reported, as a lint for diversion would.
 */
export function prhYaml(d: Dictionary): string {
  const rules: { expected: string; patterns?: string[]; pattern?: string }[] = [];
  for (const [key, words] of d.groups) rules.push({ expected: `〔${key}〕`, patterns: words });
  d.patterns.forEach((p, i) => rules.push({ expected: `〔pattern-${i}〕`, pattern: `/${p}/` }));
  return JSON.stringify({ version: 1, rules });
}
