/**
 * Wiring of the language server: documents, settings, workspace packs and the handlers. It only
 * translates between LSP and the engine; analysis lives in ../engine.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ExecuteCommandRequest,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createChecker, type CheckResult, type Checker, type CheckerOptions } from '../engine';
import { builtinPacks } from '../engine/packs/builtin';
import { today } from '../engine/packs/select';
import type { Overlay } from '../engine/packs/schema';
import { diagnosticJsonSteps, toDiagnostics } from './diagnostics';
import { packDiagnostics } from './packDiagnostics';
import { createHoverHandler } from './hover';
import { allowFilePath } from './allowEdit';
import { createCodeActionHandler, FIX_ALL_KIND, fixAllEdit } from './codeActions';
import { checkInput, pickLang, readSettings, DEFAULT_SETTINGS, type Settings } from './settings';
import { loadWorkspacePacks, readOverlay } from '../node/workspacePacks';
import { checkWorkspace } from './workspaceCheck';
import { SlicedChecks } from './slicedChecks';
import { PublishSchedule } from './publishSchedule';
import { WorkerChecks } from './workerChecks';
import { RawJson } from './rawJson';
import { fromWorker, fullReport, publication, type Cached } from './cachedCheck';
import { statusOf } from './status';
import { t } from './l10n';

export const COMMANDS = { fixAll: 'copyguard.server.fixAll', checkWorkspace: 'copyguard.server.checkWorkspace' } as const;

const PACK_FILE = /\/\.copyguard\/rules\/[^/]+\.json$/;
const NOT_COPY: CheckResult = { isCopy: false, platforms: [], findings: [], problems: [], protectedRanges: [] };

/** How long to wait for `workspace/configuration` before using defaults. */
const CONFIG_TIMEOUT_MS = 1000;
/** Documents longer than this (UTF-16 units) are checked in the worker thread (or in slices), between other messages. */
export const SLICED_FROM = 256 * 1024;

export interface ServerDeps {
  /** Override for tests; default: built-in packs. */
  packs?: ReturnType<typeof builtinPacks>;
  /**
   * The server bundle's file, to check large documents in a worker thread running it
   * (checkWorker.ts). Without it they are checked in slices on the main thread.
   */
  checkWorker?: string;
}

export interface ServerHandle {
  /**
   * A message long enough to carry a large document is being read (its header came): the check
   * worker starts meanwhile. Called by a transport that sees headers before bodies (stdio).
   */
  largeMessageComing(): void;
}

export function startServer(connection: Connection, deps: ServerDeps = {}): ServerHandle {
  // A client that sends a text that is not a string gets an empty document, not one that breaks
  // every later pass over all documents.
  const documents = new TextDocuments({
    create: (uri, languageId, version, text) => TextDocument.create(String(uri), String(languageId), Number(version) || 0, typeof text === 'string' ? text : ''),
    update: TextDocument.update,
  });
  const packs = deps.packs ?? builtinPacks();
  let overlays: Overlay[] = [];
  let checker: Checker = createChecker({ packs, overlays });
  /**
   * What the check worker makes its own checker from: what `checker` was made from, and its
   * matching tables (shared memory: the worker uses them instead of building ~13 MB more).
   */
  let checkerOptions: CheckerOptions = { packs, overlays, tables: checker.shareTables() };
  let settings: Settings = DEFAULT_SETTINGS;
  let clientLocale: string | undefined;
  let workspaceRoots: string[] = [];
  let trusted = true;
  let ruleDocCommand: string | undefined;
  let pull = false;
  let canConfigure = false;
  const cache = new Map<string, Cached>();
  const packProblemUris = new Set<string>();
  let initialized = false;
  const pending = new Set<string>();
  const sliced = new SlicedChecks();
  const workers = deps.checkWorker ? new WorkerChecks(deps.checkWorker) : undefined;

  const lang = () => pickLang(settings, clientLocale);

  const isLarge = (doc: TextDocument) => doc.getText().length > SLICED_FROM && !PACK_FILE.test(doc.uri);

  const inputOf = (doc: TextDocument) => checkInput(settings, doc.getText(), uriToName(doc.uri), doc.languageId);

  function failed(doc: TextDocument, e: unknown): CheckResult {
    connection.console.error(`CopyGuard: check failed for ${doc.uri}: ${(e as Error).stack ?? String(e)}`);
    return NOT_COPY;
  }

  function remember(doc: TextDocument, result: CheckResult): Cached {
    const entry = { version: doc.version, result, diagnostics: toDiagnostics(doc, result, lang()), status: statusOf(doc.uri, result) };
    cache.set(doc.uri, entry);
    return entry;
  }

  /** The check of the document as it is now, done here and now (it blocks on a large document). */
  function check(doc: TextDocument): Cached {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    if (PACK_FILE.test(doc.uri)) return checkPackFile(doc);
    let result: CheckResult;
    try {
      result = settings.enable ? checker.check(inputOf(doc)) : NOT_COPY;
    } catch (e) {
      result = failed(doc, e);
    }
    return remember(doc, result);
  }

  /**
   * The check of the document as it is now without holding other requests up: a large document
   * is checked in the worker thread (or in slices). Undefined when a newer version replaced this
   * one before it was done.
   */
  async function checkSoon(doc: TextDocument, early?: (d: Omit<Cached, 'result'>) => void): Promise<Cached | undefined> {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    if (!isLarge(doc) || !settings.enable) return check(doc);
    const version = doc.version;
    const using = checker;
    const language = lang();
    let entry: Cached | undefined;
    try {
      // Early diagnostics only while they are still those of the current packs and language.
      const stillCurrent = early && ((d: Omit<Cached, 'result'>) => using === checker && language === lang() && early(d));
      entry = workers ? await checkInWorker(workers, doc, language, stillCurrent) : await checkInSlices(doc, using, language);
    } catch (e) {
      const result = failed(doc, e);
      entry = { version, result, diagnostics: [], status: statusOf(doc.uri, result) };
    }
    const current = documents.get(doc.uri);
    if (!entry || current?.version !== version || using !== checker || language !== lang()) return undefined;
    cache.set(doc.uri, entry);
    return entry;
  }

  async function checkInWorker(workers: WorkerChecks, doc: TextDocument, language: 'zh' | 'en', early?: (d: Omit<Cached, 'result'>) => void): Promise<Cached | undefined> {
    const version = doc.version;
    const request = { uri: doc.uri, languageId: doc.languageId, version, input: inputOf(doc), lang: language };
    const done = await workers.run(request, checkerOptions, (d) => early?.({ version, status: d.status, diagnostics: new RawJson(d.diagnostics) }));
    return done && fromWorker(version, done);
  }

  function checkInSlices(doc: TextDocument, using: Checker, language: 'zh' | 'en'): Promise<Cached | undefined> {
    const version = doc.version;
    return sliced.run(doc.uri, function* () {
      const result = yield* using.checkSteps(inputOf(doc));
      // Thousands of findings: their fixes stay here (code actions look them up), not in
      // megabytes of diagnostics JSON; that JSON is made in steps too (at once it held other
      // requests up for 70 ms on a 10 MB document).
      const diagnostics = yield* diagnosticJsonSteps(doc, result, language, { lean: true });
      return { version, result, diagnostics, status: statusOf(doc.uri, result) };
    });
  }

  /**
   * What hover and code actions work from: the current check, or nothing while a large
   * document's check is still running (they must not wait for it, nor use stale offsets).
   */
  function resultNow(doc: TextDocument): CheckResult {
    if (!isLarge(doc)) return check(doc).result;
    const hit = cache.get(doc.uri);
    return hit && hit.version === doc.version ? hit.result : NOT_COPY;
  }

  /** An open workspace pack: its problems as you type (the packs themselves reload on save). */
  function checkPackFile(doc: TextDocument): Cached {
    const { problems } = readOverlay(doc.uri, doc.getText());
    const entry = { version: doc.version, result: NOT_COPY, diagnostics: packDiagnostics(doc.getText(), problems), status: statusOf(doc.uri, NOT_COPY) };
    cache.set(doc.uri, entry);
    return entry;
  }

  function send(doc: TextDocument, { diagnostics, status }: Omit<Cached, 'result'>): void {
    void connection.sendDiagnostics(publication(doc, diagnostics));
    void connection.sendNotification('copyguard/status', status);
  }

  function publish(doc: TextDocument): void {
    if (pull) return;
    if (!isLarge(doc)) {
      send(doc, check(doc));
      return;
    }
    // The worker's diagnostics go out as soon as they are made; the result follows them.
    let sent: number | undefined;
    const sendCurrent = (entry: Omit<Cached, 'result'> | undefined) => {
      const current = documents.get(doc.uri);
      if (entry && current && current.version === entry.version && sent !== entry.version) {
        send(current, entry);
        sent = entry.version;
      }
    };
    void checkSoon(doc, sendCurrent).then(sendCurrent);
  }

  const publishing = new PublishSchedule(
    (uri) => {
      const doc = documents.get(uri);
      if (doc) publish(doc);
    },
    () => settings.debounceMs,
  );

  function schedule(doc: TextDocument): void {
    if (!initialized) {
      // Settings and workspace packs first: no flash of diagnostics from the wrong rules.
      pending.add(doc.uri);
      return;
    }
    publishing.changed(doc.uri);
  }

  function recheckAll(): void {
    cache.clear();
    if (pull) void connection.languages.diagnostics.refresh();
    for (const d of documents.all()) schedule(d);
  }

  async function loadSettings(): Promise<void> {
    if (!canConfigure) return;
    const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), CONFIG_TIMEOUT_MS));
    try {
      const raw = await Promise.race([connection.workspace.getConfiguration('copyguard'), timeout]);
      if (raw !== undefined) settings = readSettings(raw);
    } catch {
      settings = DEFAULT_SETTINGS;
    }
  }

  function reloadPacks(): void {
    if (!trusted) return;
    const found = workspaceRoots.map((r) => loadWorkspacePacks(r));
    const problems = found.flatMap((f) => f.problems);
    for (const uri of packProblemUris) void connection.sendDiagnostics({ uri, diagnostics: [] });
    packProblemUris.clear();
    for (const file of new Set(problems.map((p) => p.file))) {
      const uri = pathToFileURL(file).toString();
      packProblemUris.add(uri);
      const diagnostics = packDiagnostics(safeRead(file), problems.filter((p) => p.file === file));
      void connection.sendDiagnostics({ uri, diagnostics });
    }
    // Keep the last good packs when any workspace pack is broken; keep the checker when they are
    // the same (the first load at start-up finds none most often): building one costs 30–60 ms.
    if (problems.length === 0) {
      const next = found.flatMap((f) => f.overlays);
      if (JSON.stringify(next) === JSON.stringify(overlays)) return;
      overlays = next;
      checker = createChecker({ packs, overlays });
      checkerOptions = { packs, overlays, tables: checker.shareTables() };
      recheckAll();
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = params.locale;
    const init = (params.initializationOptions ?? {}) as { trusted?: boolean; settings?: unknown; ruleDocCommand?: unknown };
    trusted = init.trusted !== false;
    ruleDocCommand = typeof init.ruleDocCommand === 'string' ? init.ruleDocCommand : undefined;
    if (init.settings) settings = readSettings(init.settings);
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => safePath(f.uri)).filter((p): p is string => !!p);
    if (workspaceRoots.length === 0 && params.rootUri) {
      const p = safePath(params.rootUri);
      if (p) workspaceRoots.push(p);
    }
    canConfigure = params.capabilities.workspace?.configuration === true;
    pull = params.capabilities.textDocument?.diagnostic !== undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [COMMANDS.fixAll, COMMANDS.checkWorkspace] },
        ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'copyguard-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'copyguard' }).catch(() => undefined);
    await loadSettings();
    initialized = true;
    if (!workers) connection.console.info('CopyGuard: large documents are checked on the main thread, in slices (no worker thread).');
    const before = checker;
    reloadPacks();
    // New packs were taken: every open document, those waiting too, is being checked with them.
    if (checker === before) {
      for (const uri of pending) {
        const doc = documents.get(uri);
        if (doc) schedule(doc);
      }
    }
    pending.clear();
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (canConfigure) await loadSettings();
    else settings = readSettings((change.settings as { copyguard?: unknown } | undefined)?.copyguard);
    recheckAll();
  });

  connection.onDidChangeWatchedFiles(() => reloadPacks());

  // Fires on open too (no onDidOpen handler as well: each document was checked twice, and a
  // large one's first check was cancelled by its second).
  documents.onDidChangeContent((e) => {
    // A large document's previous check (megabytes of findings) is of no use once it changed:
    // let it go before the next check of it runs.
    if (isLarge(e.document)) cache.delete(e.document.uri);
    schedule(e.document);
  });
  documents.onDidClose((e) => {
    publishing.forget(e.document.uri);
    sliced.cancel(e.document.uri);
    workers?.cancel(e.document.uri);
    cache.delete(e.document.uri);
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params) => {
    const uri = params.textDocument.uri;
    let entry: Cached | undefined;
    // A newer version replacing the one being checked is checked in turn.
    while (!entry) {
      const doc = documents.get(uri);
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      entry = await checkSoon(doc);
    }
    void connection.sendNotification('copyguard/status', entry.status);
    return fullReport(entry.diagnostics);
  });

  const getDocument = (uri: string) => documents.get(uri);
  const hover = createHoverHandler({
    getDocument,
    getResult: resultNow,
    packs: () => checker.packs,
    asOf: () => settings.asOf ?? today(),
    lang,
  });
  connection.onHover((params) => guard(() => hover(params), null));
  const codeActions = createCodeActionHandler({
    getDocument,
    getResult: resultNow,
    lang,
    fixAllCommand: COMMANDS.fixAll,
    allowFile: () => (trusted && workspaceRoots[0] ? allowFilePath(workspaceRoots[0]) : undefined),
    ruleDocCommand: () => ruleDocCommand,
  });
  connection.onCodeAction((params) => guard(() => codeActions(params), []));

  // Not connection.onExecuteCommand: it takes workDoneToken out of params before the handler can
  // tell whether the client sent one (then the client shows the progress) or not (the server creates it).
  connection.onRequest(ExecuteCommandRequest.type, async (params, token) => {
    if (params.command === COMMANDS.fixAll) {
      const uri = String(params.arguments?.[0] ?? '');
      const doc = documents.get(uri);
      if (!doc) return false;
      const entry = await checkSoon(doc);
      if (!entry) return false;
      const edit = fixAllEdit(doc, entry.result);
      if (!edit) return true;
      const r = await connection.workspace.applyEdit({ label: t(lang(), 'CopyGuard: fix all'), edit });
      return r.applied;
    }
    if (params.command === COMMANDS.checkWorkspace) {
      return checkWorkspace({
        connection,
        roots: workspaceRoots,
        checker: () => checker,
        settings: () => settings,
        lang,
        openResult: (uri) => {
          const doc = documents.get(uri);
          return doc ? check(doc).result : undefined;
        },
        request: params.workDoneToken !== undefined ? { progress: connection.window.attachWorkDoneProgress(params.workDoneToken), token } : undefined,
      });
    }
    return undefined;
  });

  connection.onShutdown(() => {
    publishing.dispose();
    workers?.dispose();
  });

  documents.listen(connection);
  connection.listen();
  return {
    largeMessageComing: () => {
      if (initialized && settings.enable) workers?.prestart(checkerOptions);
    },
  };
}

function guard<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function uriToName(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

function safePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
