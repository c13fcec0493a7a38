/**
 * JSON shapes of the three kinds of copy, defined once: validation here, JSON Schema files for
 * VS Code's `jsonValidation` generated from the same objects.
 */
import '../zodConfig';
import * as z from 'zod/mini';
import { COPY_KINDS, PLATFORM_IDS, type CopyKind } from '../types';

/** zod mini's way to say `.describe()`: the description lands in the generated JSON Schema. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}

const platforms = described(z.union([z.enum(PLATFORM_IDS), z.array(z.enum(PLATFORM_IDS))]), 'Target platforms');
const ignore = described(
  z.strictObject({
    ignore: z.optional(
      z.array(
        z.strictObject({
          rule: described(z.optional(z.string()), 'Rule id (platform/name) or rule name; absent = every rule'),
          path: described(z.string(), 'JSON pointer of the string to ignore, e.g. /faq/2/a'),
        }),
      ),
    ),
  }),
  'CopyGuard suppressions',
);
const common = { $schema: z.optional(z.string()), platforms: z.optional(platforms), copyguard: z.optional(ignore) };

export const listingSchema = z.strictObject({
  ...common,
  kind: z.optional(z.literal('listing')),
  title: z.string(),
  subtitle: z.optional(z.string()),
  sellingPoints: z.optional(z.array(z.string())),
  description: z.optional(z.string()),
  faq: z.optional(z.array(z.strictObject({ q: z.string(), a: z.string() }))),
  skus: z.optional(z.array(z.catchall(z.object({ name: z.string() }), z.union([z.string(), z.number(), z.boolean()])))),
});

export const liveSchema = z.strictObject({
  ...common,
  kind: z.optional(z.literal('live')),
  title: z.optional(z.string()),
  segments: z.array(
    z.strictObject({
      at: z.optional(z.string().check(z.regex(/^\d{2}:\d{2}:\d{2}$/, 'hh:mm:ss'))),
      speaker: z.optional(z.string()),
      lines: z.array(z.string()),
    }),
  ),
});

export const cardSchema = z.strictObject({
  ...common,
  kind: z.optional(z.literal('card')),
  front: z.string(),
  back: z.optional(z.string()),
  qrCode: z.optional(z.strictObject({ target: z.string(), caption: z.optional(z.string()) })),
});

export const COPY_SCHEMAS: Readonly<Record<CopyKind, z.ZodMiniType>> = { listing: listingSchema, live: liveSchema, card: cardSchema };

export function isCopyKind(v: unknown): v is CopyKind {
  return typeof v === 'string' && (COPY_KINDS as readonly string[]).includes(v);
}
