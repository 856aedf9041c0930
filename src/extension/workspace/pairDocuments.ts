import * as vscode from 'vscode';
import type { ParsedDocument } from '../../core/engineApi';
import type { WorkspaceIndex, PairInfo } from './workspaceIndex';
import type { DocumentCache } from './documentCache';

export interface OpenPair {
  info: PairInfo;
  /** The file asked about, and its counterpart. */
  from: ParsedDocument;
  to: ParsedDocument;
  toUri: vscode.Uri;
}

/** A file's counterpart URI, or undefined when it has none. */
export async function counterpartUri(index: WorkspaceIndex, uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const info = await index.pairOf(uri);
  if (!info?.en || !info.fr) return undefined;
  return index.uriOf(info.root, info.path === info.en ? info.fr : info.en);
}

/** Both documents of a file's pair, parsed (from the cache when unchanged). */
export async function loadPair(index: WorkspaceIndex, cache: DocumentCache, uri: vscode.Uri): Promise<OpenPair | undefined> {
  const info = await index.pairOf(uri);
  if (!info?.en || !info.fr) return undefined;
  const fromIsEn = info.path === info.en;
  const toPath = fromIsEn ? info.fr : info.en;
  const toUri = index.uriOf(info.root, toPath);
  const severity = 'error';
  const [from, to] = await Promise.all([
    cache.get(uri, info.path, fromIsEn ? 'en' : 'fr', info.config.maxFileSize, severity),
    cache.get(toUri, toPath, fromIsEn ? 'fr' : 'en', info.config.maxFileSize, severity),
  ]);
  if (!('doc' in from) || !('doc' in to)) return undefined;
  return { info, from: from.doc, to: to.doc, toUri };
}
