// Real VS Code (code-server, in Debian's Chromium through playwright-core) for end-to-end tests.
// Follows /work/shared/E2E.md: a temp HOME, workspace trust disabled, readiness by polling
// /healthz with a deadline, and stop() that ends code-server's whole process group.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureE2EPrerequisites } from './setup.mjs';

const require = createRequire(import.meta.url);

/** User settings for a quiet, deterministic VS Code; callers' `settings` are merged over these. */
export const RECOMMENDED_SETTINGS = Object.freeze({
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'files.hotExit': 'off',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'editor.hover.delay': 100,
  // The secondary side bar (chat) opens empty otherwise and takes a quarter of the screenshot.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
});

export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * Calls fn until it returns a truthy value (which is returned) or the deadline passes. An error
 * thrown by fn counts as "not yet" and is quoted in the timeout error.
 * @template T
 * @param {() => T | Promise<T>} fn
 * @param {{ timeoutMs?: number, intervalMs?: number, what?: string }} [options]
 * @returns {Promise<T>}
 */
export async function pollUntil(fn, { timeoutMs = 10_000, intervalMs = 100, what = 'a condition' } = {}) {
  const started = Date.now();
  let lastError;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() - started >= timeoutMs) {
      const cause = lastError ? ` (last error: ${lastError instanceof Error ? lastError.message : String(lastError)})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Sends a signal to a whole process group; false once the group no longer exists. */
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * A child environment with a private HOME and XDG folders (code-server writes
 * ~/.config/code-server/config.yaml otherwise) and Node 24 first on PATH. VSCODE_* variables are
 * dropped: inside a VS Code terminal VSCODE_IPC_HOOK_CLI makes code-server hand the request to
 * that editor instead of starting.
 */
function childEnv(home, node24) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') continue;
    env[key] = value;
  }
  Object.assign(env, {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    PATH: `${resolve(node24, '..')}:${process.env.PATH ?? ''}`,
  });
  return env;
}

/**
 * Runs code-server's CLI to completion (used for --install-extension) in its own process group.
 * @returns {Promise<string>} the combined output
 */
function runCli(node24, args, env, timeoutMs) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(node24, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      signalGroup(child.pid, 'SIGKILL');
      reject(new Error(`code-server ${args.slice(-2).join(' ')} did not finish within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolveRun(output);
      else reject(new Error(`code-server ${args.slice(-2).join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Starts code-server on a free loopback port with a fresh user-data folder and no auth.
 * @param {{
 *   vsixPath?: string,            packaged extension to install first (--install-extension)
 *   workspaceDir: string,         folder to open; copy a fresh one for each run
 *   settings?: Record<string, unknown>,  merged over RECOMMENDED_SETTINGS into User/settings.json
 *   startTimeoutMs?: number,      deadline for /healthz (default 30 s)
 *   paths?: Awaited<ReturnType<typeof ensureE2EPrerequisites>>,  skips the prerequisite check
 * }} options
 * @returns {Promise<{ url: string, port: number, baseUrl: string, logFile: string,
 *   userDataDir: string, extensionsDir: string, stop: () => Promise<void> }>}
 *   url opens workspaceDir; logFile has code-server's output (quote it when a test fails).
 */
export async function startCodeServer({ vsixPath, workspaceDir, settings = {}, startTimeoutMs = 30_000, paths } = {}) {
  if (!workspaceDir) throw new Error('startCodeServer: workspaceDir is required');
  const { node24, codeServerEntry } = paths ?? (await ensureE2EPrerequisites({ quiet: true }));
  const root = await mkdtemp(join(tmpdir(), 'copyguard-cs-'));
  const home = join(root, 'home');
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  const logFile = join(root, 'code-server.log');
  await mkdir(join(home, '.config'), { recursive: true });
  await mkdir(join(userDataDir, 'User'), { recursive: true });
  await mkdir(extensionsDir, { recursive: true });
  await writeFile(
    join(userDataDir, 'User', 'settings.json'),
    `${JSON.stringify({ ...RECOMMENDED_SETTINGS, ...settings }, null, 2)}\n`,
  );
  const env = childEnv(home, node24);
  const common = [codeServerEntry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  try {
    if (vsixPath) {
      const output = await runCli(node24, [...common, '--install-extension', resolve(vsixPath)], env, 60_000);
      if (!/successfully installed/i.test(output)) {
        throw new Error(`code-server --install-extension ${vsixPath} did not report success:\n${output}`);
      }
    }
  } catch (err) {
    await rm(root, { recursive: true, force: true });
    throw err;
  }

  const port = await freePort();
  const log = createWriteStream(logFile);
  // detached: the child calls setsid(), so its pid is the process group id that stop() kills.
  // (Not the setsid(1) program as well: it forks when already a group leader, and child.pid
  // would then name a process that has already exited.)
  const child = spawn(
    node24,
    [
      ...common,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const pgid = child.pid;
  let exited = false;
  child.on('exit', () => (exited = true));
  // If the test process dies without calling stop(), do not leave code-server behind.
  const killOnExit = () => signalGroup(pgid, 'SIGKILL');
  process.on('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killOnExit);
    signalGroup(pgid, 'SIGTERM');
    try {
      await pollUntil(() => !signalGroup(pgid, 0), { timeoutMs: 5_000, intervalMs: 50, what: 'code-server to exit' });
    } catch {
      signalGroup(pgid, 'SIGKILL');
      await pollUntil(() => !signalGroup(pgid, 0), { timeoutMs: 5_000, intervalMs: 50, what: 'code-server to exit after SIGKILL' });
    }
    await rm(root, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await pollUntil(
      async () => {
        if (exited) return true; // reported below, without waiting out the deadline
        const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
        return res.ok;
      },
      { timeoutMs: startTimeoutMs, intervalMs: 100, what: `code-server /healthz on port ${port}` },
    );
    if (exited) throw new Error(`code-server exited before answering /healthz (exit code ${child.exitCode})`);
  } catch (err) {
    const detail = tail(logFile);
    await stop();
    throw new Error(`${err.message}\n--- code-server log ---\n${detail}`);
  }

  const url = `${baseUrl}/?folder=${encodeURIComponent(resolve(workspaceDir))}`;
  return { url, port, baseUrl, logFile, userDataDir, extensionsDir, stop };
}

/**
 * Launches Debian's Chromium, headless, through playwright-core, with a temp profile that is
 * removed when the context closes.
 * @param {{ paths?: Awaited<ReturnType<typeof ensureE2EPrerequisites>>,
 *   contextOptions?: Record<string, unknown> }} [options]
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export async function launchBrowser({ paths, contextOptions = {} } = {}) {
  const { chromium: chromiumPath, playwrightCore } = paths ?? (await ensureE2EPrerequisites({ quiet: true }));
  const { chromium } = require(playwrightCore);
  const profileDir = await mkdtemp(join(tmpdir(), 'copyguard-chromium-'));
  try {
    // The profile goes in as the first argument: Playwright refuses --user-data-dir in args.
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: { width: 1280, height: 800 },
      ...contextOptions,
    });
    context.on('close', () => {
      rm(profileDir, { recursive: true, force: true }).catch(() => {});
    });
    return context;
  } catch (err) {
    await rm(profileDir, { recursive: true, force: true });
    throw err;
  }
}
