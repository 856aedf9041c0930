import * as vscode from 'vscode';

/** Where the extension says what it did and what went wrong: the "Open Data Toolkit" output channel. */
export interface Log {
  info(message: string): void;
  error(message: string, error?: unknown): void;
  show(): void;
}

export function createLog(): Log & vscode.Disposable {
  const channel = vscode.window.createOutputChannel(vscode.l10n.t('Open Data Toolkit'), { log: true });
  return {
    info: (message) => channel.info(message),
    error: (message, error) => channel.error(error instanceof Error ? `${message}: ${error.stack ?? error.message}` : error === undefined ? message : `${message}: ${String(error)}`),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}
