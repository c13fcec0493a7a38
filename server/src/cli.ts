/**
 * `copyguard check [paths or globs] [--platform p]... [--format text|json|sarif] [--as-of YYYY-MM-DD] [--fix]`
 * Exit codes: 0 nothing at error level, 1 findings at error level, 2 usage or configuration errors.
 */
import { PLATFORM_IDS, type PlatformId } from './engine/types';
import { runCheck, type CliOptions } from './cli/run';

const USAGE = `Usage: copyguard check [paths or globs…] [options]

Options:
  --platform <id>     target platform, repeatable (${PLATFORM_IDS.join(', ')})
  --format <f>        text (default), json or sarif
  --as-of <date>      check against the rules in force on YYYY-MM-DD (default: today)
  --option <name>     turn a pack option on, e.g. tmallWechatMembershipPilot
  --fix               apply the preferred fix of every finding, writing files atomically
  --lang <zh|en>      language of messages (default: from LANG)
  -h, --help          show this help`;

function parseArgs(argv: string[]): CliOptions | string {
  const opts: CliOptions = { paths: [], platforms: [], format: 'text', options: {}, fix: false, lang: defaultLang() };
  const args = [...argv];
  if (args[0] === 'check') args.shift();
  else if (args[0] && !args[0].startsWith('-')) return `unknown command "${args[0]}"`;
  while (args.length) {
    const a = args.shift()!;
    const value = (): string | undefined => {
      const eq = a.indexOf('=');
      return eq >= 0 ? a.slice(eq + 1) : args.shift();
    };
    const name = a.split('=')[0];
    switch (name) {
      case '--platform': {
        const v = value();
        if (!v || !(PLATFORM_IDS as readonly string[]).includes(v)) return `unknown platform "${v ?? ''}"; known: ${PLATFORM_IDS.join(', ')}`;
        opts.platforms.push(v as PlatformId);
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') return `unknown format "${v ?? ''}"`;
        opts.format = v;
        break;
      }
      case '--as-of': {
        const v = value();
        if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) return `--as-of needs a date YYYY-MM-DD`;
        opts.asOf = v;
        break;
      }
      case '--option': {
        const v = value();
        if (!v) return '--option needs a name';
        opts.options[v] = true;
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'zh' && v !== 'en') return '--lang must be zh or en';
        opts.lang = v;
        break;
      }
      case '--fix':
        opts.fix = true;
        break;
      case '-h':
      case '--help':
        return '';
      default:
        if (a.startsWith('-')) return `unknown option "${a}"`;
        opts.paths.push(a);
    }
  }
  if (opts.paths.length === 0) opts.paths.push('.');
  return opts;
}

function defaultLang(): 'zh' | 'en' {
  const env = process.env.COPYGUARD_LANG ?? process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? '';
  return /^zh/i.test(env) ? 'zh' : 'en';
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    if (parsed) process.stderr.write(`copyguard: ${parsed}\n\n`);
    process.stderr.write(`${USAGE}\n`);
    return parsed ? 2 : 0;
  }
  return runCheck(parsed, process.stdout, process.stderr);
}

const invokedDirectly = (() => {
  try {
    return require.main === module;
  } catch {
    return false;
  }
})();
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`copyguard: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
