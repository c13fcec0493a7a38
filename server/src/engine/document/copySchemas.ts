/**
 * JSON shapes of the three kinds of copy, defined once: validation here, JSON Schema files for
 * VS Code's `jsonValidation` generated from the same objects.
 */
import '../zodConfig';
import { z } from 'zod';
import { COPY_KINDS, PLATFORM_IDS, type CopyKind } from '../types';

const platforms = z.union([z.enum(PLATFORM_IDS), z.array(z.enum(PLATFORM_IDS))]).describe('Target platforms');
const ignore = z
  .object({
    ignore: z
      .array(
        z
          .object({
            rule: z.string().optional().describe('Rule id (platform/name) or rule name; absent = every rule'),
            path: z.string().describe('JSON pointer of the string to ignore, e.g. /faq/2/a'),
          })
          .strict(),
      )
      .optional(),
  })
  .strict()
  .describe('CopyGuard suppressions');
const common = { $schema: z.string().optional(), platforms: platforms.optional(), copyguard: ignore.optional() };

export const listingSchema = z
  .object({
    ...common,
    kind: z.literal('listing').optional(),
    title: z.string(),
    subtitle: z.string().optional(),
    sellingPoints: z.array(z.string()).optional(),
    description: z.string().optional(),
    faq: z.array(z.object({ q: z.string(), a: z.string() }).strict()).optional(),
    skus: z.array(z.object({ name: z.string() }).catchall(z.union([z.string(), z.number(), z.boolean()]))).optional(),
  })
  .strict();

export const liveSchema = z
  .object({
    ...common,
    kind: z.literal('live').optional(),
    title: z.string().optional(),
    segments: z.array(
      z
        .object({
          at: z.string().regex(/^\d{2}:\d{2}:\d{2}$/, 'hh:mm:ss').optional(),
          speaker: z.string().optional(),
          lines: z.array(z.string()),
        })
        .strict(),
    ),
  })
  .strict();

export const cardSchema = z
  .object({
    ...common,
    kind: z.literal('card').optional(),
    front: z.string(),
    back: z.string().optional(),
    qrCode: z.object({ target: z.string(), caption: z.string().optional() }).strict().optional(),
  })
  .strict();

export const COPY_SCHEMAS: Readonly<Record<CopyKind, z.ZodType>> = { listing: listingSchema, live: liveSchema, card: cardSchema };

export function isCopyKind(v: unknown): v is CopyKind {
  return typeof v === 'string' && (COPY_KINDS as readonly string[]).includes(v);
}
