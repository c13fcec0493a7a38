/**
 * The VS Code side: start and stop the language server, the status bar item and the commands.
 * Nothing else: every check runs in the server.
 */
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  WorkDoneProgress,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { t as translate } from '../../server/src/lsp/l10n';
import { SERVER_NODE_OPTIONS } from '../../server/src/node/launch';

const PLATFORMS = ['douyin', 'kuaishou', 'taobao', 'tmall', 'pinduoduo', 'jd', 'xiaohongshu', 'wechat_channels'] as const;
const PLATFORM_NAMES: Record<string, { zh: string; en: string }> = {
  douyin: { zh: '抖音', en: 'Douyin' },
  kuaishou: { zh: '快手', en: 'Kuaishou' },
  taobao: { zh: '淘宝', en: 'Taobao' },
  tmall: { zh: '天猫', en: 'Tmall' },
  pinduoduo: { zh: '拼多多', en: 'Pinduoduo' },
  jd: { zh: '京东', en: 'JD' },
  xiaohongshu: { zh: '小红书', en: 'Xiaohongshu' },
  wechat_channels: { zh: '视频号', en: 'WeChat Channels' },
};

/** Server commands (server/src/lsp/server.ts). */
const SERVER_COMMANDS = { fixAll: 'copyguard.server.fixAll', checkWorkspace: 'copyguard.server.checkWorkspace' } as const;
const SHOW_RULE_DOCUMENTATION = 'copyguard.showRuleDocumentation';

interface Status {
  uri: string;
  isCopy: boolean;
  platforms: string[];
  error: number;
  warning: number;
  info: number;
}

interface WorkspaceCheckResult {
  files: number;
  findings: number;
  cancelled: boolean;
}

let client: LanguageClient | undefined;

function languageSetting(): string {
  return vscode.workspace.getConfiguration('copyguard').get<string>('language', 'auto');
}

/** The language of CopyGuard's messages: `copyguard.language`, or VS Code's display language. */
function lang(): 'zh' | 'en' {
  const setting = languageSetting();
  if (setting === 'zh-cn') return 'zh';
  if (setting === 'en') return 'en';
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * A client string: through VS Code's l10n (l10n/bundle.l10n.*.json, the display language), or,
 * when `copyguard.language` overrides it, through the same bundle in the chosen language.
 */
function t(message: string, ...args: (string | number)[]): string {
  return languageSetting() === 'auto' ? vscode.l10n.t(message, ...args) : translate(lang(), message, ...args);
}

function platformName(id: string): string {
  return PLATFORM_NAMES[id]?.[lang()] ?? id;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // Over stdio, not IPC: the server decodes a large document as it arrives and sends a large
  // document's diagnostics as the bytes its worker made. Over IPC both go through JSON in one
  // go on the main thread (`npm run bench -- --server=big --ipc`, four runs each way, 10 MB
  // documents: other requests waited up to 75–150 ms instead of 24–43, open → diagnostics
  // 642–855 ms instead of 538–663, peak RSS 222–259 MB instead of 199–228).
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }, { language: 'json' }, { language: 'jsonc' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.copyguard/rules/*.json') },
    initializationOptions: {
      trusted: vscode.workspace.isTrusted,
      settings: vscode.workspace.getConfiguration('copyguard'),
      // Each finding's quick fixes end with "Show documentation for <rule>", run by this command.
      ruleDocCommand: SHOW_RULE_DOCUMENTATION,
    },
    outputChannelName: 'CopyGuard',
  };
  client = new LanguageClient('copyguard', 'CopyGuard', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('copyguard.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'CopyGuard';
  status.command = 'copyguard.selectPlatforms';
  const statuses = new Map<string, Status>();
  const render = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? statuses.get(uri) : undefined;
    if (!s || !s.isCopy) {
      status.hide();
      return;
    }
    const names = s.platforms.map(platformName).join(lang() === 'zh' ? '、' : ', ') || 'CopyGuard';
    status.text = `$(shield) ${names}  $(error) ${s.error}  $(warning) ${s.warning}`;
    status.tooltip = s.platforms.length
      ? t('CopyGuard: {0} errors, {1} warnings, {2} info. Click to choose target platforms.', s.error, s.warning, s.info)
      : t('CopyGuard: no target platform; click to choose.');
    status.show();
  };

  context.subscriptions.push(
    status,
    vscode.window.onDidChangeActiveTextEditor(render),
    vscode.workspace.onDidCloseTextDocument((doc) => statuses.delete(doc.uri.toString())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('copyguard.language')) render();
    }),
    vscode.commands.registerCommand('copyguard.selectPlatforms', selectPlatforms),
    vscode.commands.registerCommand('copyguard.fixAll', fixAll),
    vscode.commands.registerCommand('copyguard.checkWorkspace', checkWorkspace),
    vscode.commands.registerCommand(SHOW_RULE_DOCUMENTATION, (arg?: unknown) => showRuleDocs(context, arg)),
  );

  await client.start();
  context.subscriptions.push(
    client.onNotification('copyguard/status', (s: Status) => {
      statuses.set(s.uri, s);
      render();
    }),
  );
}

/** The status bar item's quick pick: the workspace's target platforms, written to its settings. */
async function selectPlatforms(): Promise<void> {
  const config = vscode.workspace.getConfiguration('copyguard');
  const current = new Set(config.get<string[]>('platforms', []));
  const picked = await vscode.window.showQuickPick(
    PLATFORMS.map((id) => ({ label: platformName(id), description: id, id, picked: current.has(id) })),
    { canPickMany: true, title: t('CopyGuard: target platforms for this workspace'), placeHolder: t('Used when a file names no platforms in its front matter or "platforms" field') },
  );
  if (!picked) return;
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('platforms', picked.map((p) => p.id), target);
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showInformationMessage(t('CopyGuard: open a copy file to fix.'));
    return;
  }
  await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.fixAll, arguments: [editor.document.uri.toString()] });
}

/**
 * Every copy file in the workspace, results in the Problems panel. The request carries a
 * workDoneToken, so the server's progress ("12/40") shows in a cancellable notification.
 */
async function checkWorkspace(): Promise<void> {
  const c = client;
  if (!c) return;
  const workDoneToken = randomUUID();
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('CopyGuard: checking workspace'), cancellable: true },
    async (progress, cancellation) => {
      let reported = 0;
      const sub = c.onProgress(WorkDoneProgress.type, workDoneToken, (p) => {
        if (p.kind === 'end') return;
        const percentage = p.percentage ?? reported;
        progress.report({ message: p.message, increment: Math.max(0, percentage - reported) });
        reported = Math.max(reported, percentage);
      });
      try {
        return (await c.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS.checkWorkspace, arguments: [], workDoneToken }, cancellation)) as WorkspaceCheckResult | null;
      } finally {
        sub.dispose();
      }
    },
  );
  if (!result) return;
  void vscode.window.showInformationMessage(
    result.cancelled
      ? t('CopyGuard: cancelled after {0} files, {1} findings so far.', result.files, result.findings)
      : t('CopyGuard: checked {0} files, {1} findings.', result.files, result.findings),
  );
}

/**
 * The rule's section of the documentation shipped with the extension, in the Markdown preview:
 * from a diagnostic's code action (the rule id as argument) or for the finding at the cursor.
 */
async function showRuleDocs(context: vscode.ExtensionContext, arg?: unknown): Promise<void> {
  let ruleId = typeof arg === 'string' ? arg : undefined;
  if (!ruleId) {
    const editor = vscode.window.activeTextEditor;
    const here = editor
      ? vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'CopyGuard' && d.range.contains(editor.selection.active))
      : undefined;
    const code = here?.code;
    ruleId = typeof code === 'object' && code !== null ? String(code.value) : typeof code === 'string' ? code : undefined;
  }
  if (!ruleId || !ruleId.includes('/')) {
    void vscode.window.showInformationMessage(t('CopyGuard: no finding at the cursor.'));
    return;
  }
  const [platform] = ruleId.split('/');
  const file = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${platform}.md`).with({ fragment: ruleId.replace('/', '') });
  await vscode.commands.executeCommand('markdown.showPreview', file);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
