import * as vscode from 'vscode';
import type { Finding, Lang, ParsedDocument, ParseCache, Severity } from '../../core/engineApi';
import { getEngine } from '../engine/engine';

export type Loaded = { doc: ParsedDocument } | { problem: Finding };

interface Entry {
  key: string;
  loaded: Loaded;
}

/** Pieces of this size make an edit re-parse a few kilobytes rather than the whole file. */
const EDITOR_CHUNK_SIZE = 4000;

/** How many parsed documents are kept: the open ones and their counterparts. */
const CAPACITY = 64;

/**
 * Parsed documents keyed by URI and version (open documents) or modification time (files on
 * disk), so that editing one file of a pair does not parse its counterpart again.
 */
export class DocumentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pieces = new Map<string, ParseCache>();

  /** The parsed document of `uri` in `lang`, named `path` in findings, or why it cannot be read. */
  async get(uri: vscode.Uri, path: string, lang: Lang, maxFileSize: number, severity: Severity): Promise<Loaded> {
    const engine = getEngine();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let key: string;
    if (open) key = `v${open.version}:${lang}:${path}`;
    else {
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        key = `m${stat.mtime}:${stat.size}:${lang}:${path}`;
      } catch (e) {
        return { problem: engine.fileFinding(path, 'fileUnreadable', { reason: (e as Error).message }, severity) };
      }
    }
    const cached = this.entries.get(uri.toString());
    if (cached?.key === key) {
      // Refresh its place: the least recently used entry is the one dropped.
      this.entries.delete(uri.toString());
      this.entries.set(uri.toString(), cached);
      return cached.loaded;
    }
    const loaded = open ? this.fromText(uri, open.getText(), path, lang, maxFileSize, severity) : await this.fromDisk(uri, path, lang, maxFileSize, severity);
    this.entries.set(uri.toString(), { key, loaded });
    if (this.entries.size > CAPACITY) {
      const oldest = this.entries.keys().next().value!;
      this.entries.delete(oldest);
      this.pieces.delete(oldest);
    }
    return loaded;
  }

  private fromText(uri: vscode.Uri, text: string, path: string, lang: Lang, maxFileSize: number, severity: Severity): Loaded {
    const engine = getEngine();
    if (text.length > maxFileSize) return { problem: engine.fileFinding(path, 'fileTooLarge', { size: text.length, limit: maxFileSize }, severity) };
    let pieces = this.pieces.get(uri.toString());
    if (!pieces) this.pieces.set(uri.toString(), (pieces = new engine.ParseCache()));
    return { doc: engine.buildDocument(path, text, lang, { chunkSize: EDITOR_CHUNK_SIZE, cache: pieces }) };
  }

  private async fromDisk(uri: vscode.Uri, path: string, lang: Lang, maxFileSize: number, severity: Severity): Promise<Loaded> {
    const engine = getEngine();
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (e) {
      return { problem: engine.fileFinding(path, 'fileUnreadable', { reason: (e as Error).message }, severity) };
    }
    if (bytes.length > maxFileSize) return { problem: engine.fileFinding(path, 'fileTooLarge', { size: bytes.length, limit: maxFileSize }, severity) };
    const decoded = engine.decodeMarkdownBytes(bytes);
    return decoded.ok ? this.fromText(uri, decoded.text, path, lang, maxFileSize, severity) : { problem: engine.decodeProblemFinding(path, decoded.problem, severity) };
  }

  forget(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.pieces.delete(uri.toString());
  }
}
