#!/usr/bin/env node
/** Entry of the language server: `copyguard-language-server --stdio`, or IPC when VS Code starts it. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

process.on('uncaughtException', (e) => process.stderr.write(`copyguard-language-server: ${e.stack ?? e.message}\n`));
process.on('unhandledRejection', (e) => process.stderr.write(`copyguard-language-server: ${String(e)}\n`));

startServer(createConnection(ProposedFeatures.all));
