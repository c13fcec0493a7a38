import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The rule's section in the documentation shipped next to the bundle (docs/rules/<platform>.md),
 * so links work offline and match the packs in use.
 */
export function ruleDocUrl(ruleId: string): string {
  const [platform] = ruleId.split('/');
  const file = join(__dirname, '..', 'docs', 'rules', `${platform}.md`);
  return `${pathToFileURL(file).toString()}#${ruleId.replace('/', '')}`;
}
