import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The rule's section in the documentation shipped next to the bundle (docs/rules/<platform>.md),
 * so links work offline and match the packs in use.
 */
export function ruleDocUrl(ruleId: string): string {
  // Every diagnostic carries one: made once per rule, not once per finding and keystroke.
  let url = urls.get(ruleId);
  if (url === undefined) {
    const [platform] = ruleId.split('/');
    const file = join(__dirname, '..', 'docs', 'rules', `${platform}.md`);
    url = `${pathToFileURL(file).toString()}#${ruleId.replace('/', '')}`;
    urls.set(ruleId, url);
  }
  return url;
}

const urls = new Map<string, string>();
