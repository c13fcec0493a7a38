/**
 * Files generated from the single sources (zod schemas, rule packs): JSON Schemas for packs
 * and copy files, and the rule documentation. A test compares them with the checked-in files.
 */
import * as z from 'zod/mini';
import { cardSchema, listingSchema, liveSchema } from '../server/src/engine/document/copySchemas';
import { explainRule } from '../server/src/engine/explain';
import { builtinPacks } from '../server/src/engine/packs/builtin';
import { overlaySchema, packSchema, type Pack } from '../server/src/engine/packs/schema';

function schemaFile(schema: z.ZodMiniType, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-07', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}

function ruleDocs(pack: Pack): string {
  const lines: string[] = [];
  lines.push(`# ${pack.name.zh} · ${pack.name.en}`, '');
  lines.push('<!-- Generated from rules/' + pack.platform + '.json by `npm run gen`; do not edit. -->', '');
  lines.push(`Pack version ${pack.version}. Rule documents:`, '');
  for (const d of pack.documents) {
    lines.push(`- ${d.title}${d.effective ? ` — ${d.effective}` : ''}${d.until ? ` → ${d.until}` : ''}${d.verified ? '' : ' (unverified)'}${d.note ? ` — ${d.note.zh} / ${d.note.en}` : ''}`);
  }
  lines.push('');
  for (const rule of pack.rules) {
    lines.push(`<a id="${rule.id.replace('/', '')}"></a>`, '', `## ${rule.id}`, '');
    const dates = [...new Set(rule.penalties.map((p) => p.effective))];
    for (const asOf of dates) {
      if (dates.length > 1) lines.push(`### ${asOf}`, '');
      lines.push(explainRule(pack, rule, asOf, 'zh'), '', explainRule(pack, rule, asOf, 'en'), '');
    }
    lines.push('**Examples**', '');
    for (const ex of rule.examples) {
      lines.push(`- ${ex.expect.length ? '✗' : '✓'} \`${ex.text.replace(/`/g, "'")}\`${ex.kind ? ` (${ex.kind})` : ''}${ex.options ? ` options ${JSON.stringify(ex.options)}` : ''}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function generatedFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'rules/pack.schema.json': schemaFile(packSchema, 'CopyGuard rule pack'),
    'rules/overlay.schema.json': schemaFile(overlaySchema, 'CopyGuard workspace rule pack'),
    'schemas/listing.schema.json': schemaFile(listingSchema, 'CopyGuard product listing'),
    'schemas/live.schema.json': schemaFile(liveSchema, 'CopyGuard livestream script'),
    'schemas/card.schema.json': schemaFile(cardSchema, 'CopyGuard package card'),
  };
  for (const pack of builtinPacks()) files[`docs/rules/${pack.platform}.md`] = ruleDocs(pack);
  return files;
}
