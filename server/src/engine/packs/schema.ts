/**
 * The rule-pack format, defined once: zod gives the TypeScript types, the runtime validation of
 * built-in and workspace packs, and the JSON Schema file in rules/ (generated, kept current by a test).
 */
import '../zodConfig';
import { z } from 'zod';
import { COPY_KINDS, PLATFORM_IDS, SIGNAL_FAMILIES } from '../types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const platform = z.enum(PLATFORM_IDS);
const kind = z.enum(COPY_KINDS);
const family = z.enum(SIGNAL_FAMILIES);
const severity = z.enum(['error', 'warning', 'info']);

export const tierSchema = z
  .object({
    level: text.describe('一般 / 严重 / 特别严重, or the platform’s own name for the tier'),
    trigger: text,
    consequence: text,
    amountYuan: z.number().nonnegative().optional().describe('Fine or deposit in yuan, where known'),
    verified: z.boolean().describe('False when the figure comes from a single unconfirmed report'),
  })
  .strict();

export const penaltySchema = z
  .object({
    document: z.string().min(1).describe('Id of an entry in the pack’s documents'),
    effective: isoDate,
    until: isoDate.optional(),
    tiers: z.array(tierSchema).min(1),
    countingPeriod: text.optional(),
    appeal: text.optional(),
    extraMeasures: text.optional(),
  })
  .strict();

export const rewriteSchema = z
  .object({
    kinds: z.array(kind).min(1),
    text: z.string().min(1).describe('Compliant Chinese copy that replaces the sentence'),
    title: text.optional(),
  })
  .strict();

export const exampleSchema = z
  .object({
    text: z.string().min(1),
    format: z.enum(['markdown', 'json']).optional().describe('json: text is a whole JSON copy file'),
    kind: kind.optional(),
    options: z.record(z.string(), z.boolean()).optional(),
    asOf: isoDate.optional(),
    expect: z.array(z.string()).describe('Rule ids reported at warning or error level; empty for clean copy'),
  })
  .strict();

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z_]+\/[a-z0-9-]+$/, 'platform/rule-name'),
    title: text,
    explanation: text,
    families: z.array(family).min(1),
    /** Only signals with one of these terms; absent = any term not home on the platform. */
    terms: z.array(z.string()).optional(),
    /** Signals with these terms are left to other rules (or to nobody, e.g. during a pilot). */
    exceptTerms: z.array(z.string()).optional(),
    words: z.array(z.string().min(1).max(64)).max(5000).optional(),
    patterns: z.array(z.string().min(1).max(200)).max(200).optional(),
    scope: z
      .object({
        kinds: z.array(kind).min(1),
        fields: z.array(z.string()).optional().describe('JSON fields or Markdown roles, e.g. qrCode'),
        sections: z.array(z.string()).optional().describe('Markdown headings the rule is limited to'),
      })
      .strict(),
    severity,
    /** Severity for a bare mention (a name without a push); absent = info. */
    mentionSeverity: severity.optional(),
    /** The rule applies only while this option has this value (pilots, opt-ins). */
    option: z.object({ name: z.string(), value: z.boolean() }).strict().optional(),
    penalties: z.array(penaltySchema).min(1),
    channels: z.array(text).min(1).describe('Official channels that stay on the platform'),
    rewrites: z.array(rewriteSchema).min(1),
    sources: z.array(z.object({ title: z.string(), url: z.string().optional(), date: isoDate.optional() }).strict()).min(1),
    verified: z.boolean(),
    examples: z.array(exampleSchema).min(2),
  })
  .strict();

export const documentSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    effective: isoDate.optional(),
    until: isoDate.optional(),
    note: text.optional(),
    verified: z.boolean(),
  })
  .strict();

export const packSchema = z
  .object({
    $schema: z.string().optional(),
    platform,
    name: text,
    version: isoDate.describe('Date of the pack’s latest revision'),
    /** Signal terms that are the platform’s own features here (淘宝群 on Taobao, 视频号 on Channels). */
    home: z.array(z.string()),
    /** Domain terms (from URL detection) that are home. */
    channel: text.describe('The platform’s own customer-service channel, used in rewrites as {channel}'),
    app: z.string().min(1).describe('Name of the platform’s buyer app, used in rewrites as {app}'),
    documents: z.array(documentSchema).min(1),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();

/** A workspace pack extends or overrides built-in packs. */
export const overlaySchema = z
  .object({
    $schema: z.string().optional(),
    platform: platform.optional().describe('Platform the new rules belong to'),
    disable: z.array(z.string()).optional().describe('Rule ids to turn off'),
    severity: z.record(z.string(), severity).optional().describe('Rule id → severity'),
    words: z.record(z.string(), z.array(z.string().min(1).max(64)).max(5000)).optional().describe('Rule id → extra trigger words'),
    patterns: z.record(z.string(), z.array(z.string().min(1).max(200)).max(200)).optional(),
    allow: z.array(z.string().min(1).max(64)).max(20000).optional().describe('Honest words that silence triggers inside them'),
    rules: z.array(ruleSchema).optional(),
  })
  .strict();

export type Tier = z.infer<typeof tierSchema>;
export type Penalty = z.infer<typeof penaltySchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Pack = z.infer<typeof packSchema>;
export type Overlay = z.infer<typeof overlaySchema>;
export type PackDocument = z.infer<typeof documentSchema>;
