/**
 * The story of a rule in Markdown: why it matters, which document says so and since when, the
 * penalty tiers in force, the counting period, the appeal window, the allowed channels and the
 * compliant wording. Used by hovers and by the generated rule documentation.
 */
import type { Pack, Penalty, Rule } from './packs/schema';
import { penaltyInForce } from './packs/select';
import type { CopyKind } from './types';

type Lang = 'zh' | 'en';

const L = {
  document: { zh: '规则文件', en: 'Rule document' },
  effective: { zh: '生效', en: 'in force from' },
  until: { zh: '至', en: 'until' },
  dateUnknown: { zh: '生效日期未公开', en: 'effective date not published' },
  why: { zh: '风险', en: 'Why it is risky' },
  tiers: { zh: '处罚分级', en: 'Penalty tiers' },
  level: { zh: '等级', en: 'Tier' },
  trigger: { zh: '情形', en: 'When' },
  consequence: { zh: '处罚', en: 'Consequence' },
  amount: { zh: '金额(元)', en: 'Amount (yuan)' },
  unverified: { zh: '未核实,以平台最新公示为准', en: 'unverified; check the platform’s latest notice' },
  period: { zh: '计算周期', en: 'Counting period' },
  appeal: { zh: '申诉', en: 'Appeal' },
  extra: { zh: '其他措施', en: 'Other measures' },
  channels: { zh: '允许的官方渠道', en: 'Allowed official channels' },
  instead: { zh: '合规写法', en: 'Compliant wording' },
  notInForce: { zh: '该日期没有生效的处罚版本', en: 'No penalty version in force on that date' },
} as const;

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * 10000 → "10,000". Not toLocaleString: its first call loads ICU's number formats (16 ms here),
 * and that landed on the first hover of a session.
 */
export function groupThousands(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.') as [string, string?];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

export function penaltyTable(p: Penalty, lang: Lang): string {
  const rows = p.tiers.map((t) => {
    const amount = t.amountYuan !== undefined ? groupThousands(t.amountYuan) : '—';
    const flag = t.verified ? '' : ` ⚠️ ${L.unverified[lang]}`;
    return `| ${cell(t.level[lang])} | ${cell(t.trigger[lang])} | ${cell(t.consequence[lang])} | ${amount}${flag} |`;
  });
  return [`| ${L.level[lang]} | ${L.trigger[lang]} | ${L.consequence[lang]} | ${L.amount[lang]} |`, '|---|---|---|---|', ...rows].join('\n');
}

function documentLine(pack: Pack, p: Penalty, lang: Lang): string {
  const doc = pack.documents.find((d) => d.id === p.document);
  const title = doc?.title ?? p.document;
  const from = doc?.effective ?? undefined;
  const dates = from
    ? `${L.effective[lang]} ${from}${doc?.until ? ` ${L.until[lang]} ${doc.until}` : ''}`
    : `${L.dateUnknown[lang]}${lang === 'zh' ? `(规则包自 ${p.effective} 起适用)` : ` (applied by this pack from ${p.effective})`}`;
  const note = doc?.note ? ` — ${doc.note[lang]}` : '';
  const unverified = doc && !doc.verified ? ` ⚠️ ${L.unverified[lang]}` : '';
  return `**${L.document[lang]}**: ${title}, ${dates}${note}${unverified}`;
}

/** The full explanation of `rule` as in force on `asOf`. */
export function explainRule(pack: Pack, rule: Rule, asOf: string, lang: Lang, kind?: CopyKind): string {
  const penalty = penaltyInForce(rule, asOf);
  const parts: string[] = [];
  parts.push(`**${rule.title[lang]}** · ${pack.name[lang]} · \`${rule.id}\``);
  parts.push(`**${L.why[lang]}**: ${rule.explanation[lang]}`);
  if (!penalty) {
    parts.push(L.notInForce[lang]);
    return parts.join('\n\n');
  }
  parts.push(documentLine(pack, penalty, lang));
  parts.push(`**${L.tiers[lang]}**\n\n${penaltyTable(penalty, lang)}`);
  const facts: string[] = [];
  if (penalty.countingPeriod) facts.push(`**${L.period[lang]}**: ${penalty.countingPeriod[lang]}`);
  if (penalty.appeal) facts.push(`**${L.appeal[lang]}**: ${penalty.appeal[lang]}`);
  if (penalty.extraMeasures) facts.push(`**${L.extra[lang]}**: ${penalty.extraMeasures[lang]}`);
  if (facts.length) parts.push(facts.join('  \n'));
  parts.push(`**${L.channels[lang]}**: ${rule.channels.map((c) => c[lang]).join(lang === 'zh' ? '、' : ', ')}`);
  const rewrites = rule.rewrites.filter((r) => !kind || r.kinds.includes(kind));
  if (rewrites.length) {
    const fill = (t: string) => t.replace(/\{channel\}/g, pack.channel.zh).replace(/\{platform\}/g, pack.name.zh).replace(/\{app\}/g, pack.app);
    parts.push(`**${L.instead[lang]}**: ${rewrites.map((r) => `「${fill(r.text)}」`).join(' / ')}`);
  }
  return parts.join('\n\n');
}
