/**
 * The rule-pack format, defined once: zod gives the TypeScript types, the runtime validation of
 * built-in and workspace packs, and the JSON Schema file in rules/ (generated, kept current by a test).
 */
import '../zodConfig';
import * as z from 'zod/mini';
import { COPY_KINDS, PLATFORM_IDS, SIGNAL_FAMILIES } from '../types';

/** zod mini's way to say `.describe()`: the description lands in the generated JSON Schema. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}

const nonEmpty = () => z.string().check(z.minLength(1));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'));
const text = z.strictObject({ zh: nonEmpty(), en: nonEmpty() });
const platform = z.enum(PLATFORM_IDS);
const kind = z.enum(COPY_KINDS);
const family = z.enum(SIGNAL_FAMILIES);
const severity = z.enum(['error', 'warning', 'info']);
const strings = () => z.array(z.string());
/** A trigger word (workspace packs add them by the thousand). */
const words = () => z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(5000));
const patterns = () => z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(200));
const atLeastOne = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

export const tierSchema = z.strictObject({
  level: described(text, '一般 / 严重 / 特别严重, or the platform’s own name for the tier'),
  trigger: text,
  consequence: text,
  amountYuan: described(z.optional(z.number().check(z.nonnegative())), 'Fine or deposit in yuan, where known'),
  verified: described(z.boolean(), 'False when the figure comes from a single unconfirmed report'),
});

export const penaltySchema = z.strictObject({
  document: described(nonEmpty(), 'Id of an entry in the pack’s documents'),
  effective: isoDate,
  until: z.optional(isoDate),
  tiers: atLeastOne(tierSchema),
  countingPeriod: z.optional(text),
  appeal: z.optional(text),
  extraMeasures: z.optional(text),
});

export const rewriteSchema = z.strictObject({
  kinds: atLeastOne(kind),
  text: described(nonEmpty(), 'Compliant Chinese copy that replaces the sentence'),
  title: z.optional(text),
});

export const exampleSchema = z.strictObject({
  text: nonEmpty(),
  format: described(z.optional(z.enum(['markdown', 'json'])), 'json: text is a whole JSON copy file'),
  kind: z.optional(kind),
  options: z.optional(z.record(z.string(), z.boolean())),
  asOf: z.optional(isoDate),
  expect: described(strings(), 'Rule ids reported at warning or error level; empty for clean copy'),
});

export const ruleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z_]+\/[a-z0-9-]+$/, 'platform/rule-name')),
  title: text,
  explanation: text,
  families: atLeastOne(family),
  /** Only signals with one of these terms; absent = any term not home on the platform. */
  terms: z.optional(strings()),
  /** Signals with these terms are left to other rules (or to nobody, e.g. during a pilot). */
  exceptTerms: z.optional(strings()),
  words: z.optional(words()),
  patterns: z.optional(patterns()),
  scope: z.strictObject({
    kinds: atLeastOne(kind),
    fields: described(z.optional(strings()), 'JSON fields or Markdown roles, e.g. qrCode'),
    sections: described(z.optional(strings()), 'Markdown headings the rule is limited to'),
  }),
  severity,
  /** Severity for a bare mention (a name without a push); absent = info. */
  mentionSeverity: z.optional(severity),
  /** The rule applies only while this option has this value (pilots, opt-ins). */
  option: z.optional(z.strictObject({ name: z.string(), value: z.boolean() })),
  penalties: atLeastOne(penaltySchema),
  channels: described(atLeastOne(text), 'Official channels that stay on the platform'),
  rewrites: atLeastOne(rewriteSchema),
  sources: atLeastOne(z.strictObject({ title: z.string(), url: z.optional(z.string()), date: z.optional(isoDate) })),
  verified: z.boolean(),
  examples: z.array(exampleSchema).check(z.minLength(2)),
});

export const documentSchema = z.strictObject({
  id: nonEmpty(),
  title: nonEmpty(),
  effective: z.optional(isoDate),
  until: z.optional(isoDate),
  note: z.optional(text),
  verified: z.boolean(),
});

export const packSchema = z.strictObject({
  $schema: z.optional(z.string()),
  platform,
  name: text,
  version: described(isoDate, 'Date of the pack’s latest revision'),
  /** Signal terms that are the platform’s own features here (淘宝群 on Taobao, 视频号 on Channels). */
  home: strings(),
  /** Domain terms (from URL detection) that are home. */
  channel: described(text, 'The platform’s own customer-service channel, used in rewrites as {channel}'),
  app: described(nonEmpty(), 'Name of the platform’s buyer app, used in rewrites as {app}'),
  documents: atLeastOne(documentSchema),
  rules: atLeastOne(ruleSchema),
});

/** A workspace pack extends or overrides built-in packs. */
export const overlaySchema = z.strictObject({
  $schema: z.optional(z.string()),
  platform: described(z.optional(platform), 'Platform the new rules belong to'),
  disable: described(z.optional(strings()), 'Rule ids to turn off'),
  severity: described(z.optional(z.record(z.string(), severity)), 'Rule id → severity'),
  words: described(z.optional(z.record(z.string(), words())), 'Rule id → extra trigger words'),
  patterns: z.optional(z.record(z.string(), patterns())),
  allow: described(z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(20000))), 'Honest words that silence triggers inside them'),
  rules: z.optional(z.array(ruleSchema)),
});

export type Tier = z.infer<typeof tierSchema>;
export type Penalty = z.infer<typeof penaltySchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Pack = z.infer<typeof packSchema>;
export type Overlay = z.infer<typeof overlaySchema>;
export type PackDocument = z.infer<typeof documentSchema>;
