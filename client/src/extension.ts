/**
 * The VS Code side: start and stop the language server, the status bar item and the commands.
 * Nothing else: every check runs in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

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

interface Status {
  uri: string;
  isCopy: boolean;
  platforms: string[];
  error: number;
  warning: number;
  info: number;
}

let client: LanguageClient | undefined;

function zh(): boolean {
  const setting = vscode.workspace.getConfiguration('copyguard').get<string>('language', 'auto');
  if (setting === 'zh-cn') return true;
  if (setting === 'en') return false;
  return vscode.env.language.toLowerCase().startsWith('zh');
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }, { language: 'json' }, { language: 'jsonc' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.copyguard/rules/*.json') },
    initializationOptions: { trusted: vscode.workspace.isTrusted, settings: vscode.workspace.getConfiguration('copyguard') },
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
    const names = s.platforms.map((p) => PLATFORM_NAMES[p]?.[zh() ? 'zh' : 'en'] ?? p).join(zh() ? '、' : ', ');
    status.text = `$(shield) ${names}  $(error) ${s.error}  $(warning) ${s.warning}`;
    status.tooltip = zh()
      ? `CopyGuard:${s.error} 个错误,${s.warning} 个警告,${s.info} 个提示。点击选择目标平台。`
      : `CopyGuard: ${s.error} errors, ${s.warning} warnings, ${s.info} info. Click to choose target platforms.`;
    status.show();
  };

  context.subscriptions.push(
    status,
    vscode.window.onDidChangeActiveTextEditor(render),
    vscode.commands.registerCommand('copyguard.selectPlatforms', selectPlatforms),
    vscode.commands.registerCommand('copyguard.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor && client) await client.sendRequest('workspace/executeCommand', { command: 'copyguard.server.fixAll', arguments: [editor.document.uri.toString()] });
    }),
    vscode.commands.registerCommand('copyguard.checkWorkspace', async () => {
      if (!client) return;
      const r = (await client.sendRequest('workspace/executeCommand', { command: 'copyguard.server.checkWorkspace', arguments: [] })) as
        | { files: number; findings: number; cancelled: boolean }
        | undefined;
      if (r) {
        void vscode.window.showInformationMessage(
          zh() ? `CopyGuard:已检查 ${r.files} 个文件,发现 ${r.findings} 个问题${r.cancelled ? '(已取消)' : ''}。` : `CopyGuard: checked ${r.files} files, ${r.findings} findings${r.cancelled ? ' (cancelled)' : ''}.`,
        );
      }
    }),
    vscode.commands.registerCommand('copyguard.showRuleDocumentation', (arg?: unknown) => showRuleDocs(context, arg)),
  );

  await client.start();
  context.subscriptions.push(
    client.onNotification('copyguard/status', (s: Status) => {
      statuses.set(s.uri, s);
      render();
    }),
  );
}

async function selectPlatforms(): Promise<void> {
  const config = vscode.workspace.getConfiguration('copyguard');
  const current = new Set(config.get<string[]>('platforms', []));
  const picked = await vscode.window.showQuickPick(
    PLATFORMS.map((id) => ({ label: PLATFORM_NAMES[id]![zh() ? 'zh' : 'en'], description: id, id, picked: current.has(id) })),
    { canPickMany: true, title: zh() ? 'CopyGuard:选择本工作区的目标平台' : 'CopyGuard: target platforms for this workspace' },
  );
  if (picked) await config.update('platforms', picked.map((p) => p.id), vscode.ConfigurationTarget.Workspace);
}

/** Open the rule's section of the bundled documentation (from a diagnostic, or the one under the cursor). */
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
    void vscode.window.showInformationMessage(zh() ? 'CopyGuard:光标处没有问题。' : 'CopyGuard: no finding at the cursor.');
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
