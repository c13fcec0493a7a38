/**
 * A document's check as the server keeps it (per document, for its version) and sends it: as
 * published diagnostics or a pull report. A large document's check comes from the worker
 * serialized; it goes out as it is.
 */
import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport, type PublishDiagnosticsParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../engine';
import { RawJson } from './rawJson';
import { resultFromJson } from './resultJson';
import type { Status } from './status';
import type { WorkerResult } from './workerChecks';

export interface Cached {
  version: number;
  result: CheckResult;
  /** Already serialized when the check worker made them. */
  diagnostics: Diagnostic[] | RawJson;
  status: Status;
}

/** A worker's check as the cache keeps it: the result is parsed only when something needs it. */
export function fromWorker(version: number, done: WorkerResult): Cached {
  let json: RawJson | undefined = new RawJson(done.result);
  let result: CheckResult | undefined;
  return {
    version,
    status: done.status,
    diagnostics: new RawJson(done.diagnostics),
    get result() {
      if (!result) {
        result = resultFromJson(json!);
        json = undefined;
      }
      return result;
    },
  };
}

/** Serialized diagnostics go out as they are (the stdio writer splices them in; see rawJson.ts). */
export function publication(doc: TextDocument, diagnostics: Cached['diagnostics']): PublishDiagnosticsParams {
  const head = { uri: doc.uri, version: doc.version };
  return diagnostics instanceof RawJson ? (RawJson.object(head, 'diagnostics', diagnostics.chunks) as unknown as PublishDiagnosticsParams) : { ...head, diagnostics };
}

export function fullReport(diagnostics: Cached['diagnostics']): DocumentDiagnosticReport {
  const kind = DocumentDiagnosticReportKind.Full;
  return diagnostics instanceof RawJson ? (RawJson.object({ kind }, 'items', diagnostics.chunks) as unknown as DocumentDiagnosticReport) : { kind, items: diagnostics };
}
