// Activation time of an extension, from the extension host itself. VS Code 1.100 logs when an
// activation *starts* ("ExtensionService#_doActivateExtension <id>, startup: …, activationEvent:
// '…'") but never how long it took; the durations exist only as the host's performance marks
// (code/extHost/{willLoadExtensionCode,didLoadExtensionCode,willActivateExtension,
// didActivateExtension}/<id>), which test/integration/runner.ts copies into the JSON report.
import { existsSync, readFileSync } from 'node:fs';
import { findLogFiles } from './codeServer.mjs';

/** The remote extension host logs below a copied `logs` folder, oldest first. */
export function extensionHostLogs(logsDir) {
  return findLogFiles(logsDir, (p) => /exthost\d*[/\\]remoteexthost\.log$|exthost\.log$/.test(p));
}

/**
 * Activation lines of `extensionId` in the extension host logs:
 * [{ time: '2026-…', activationEvent, startup, log }] (log lines carry ms timestamps).
 */
export function activationLogLines(logsDir, extensionId) {
  const out = [];
  const re = /^(\S+ \S+) \[info\] ExtensionService#_doActivateExtension (\S+), startup: (\w+), activationEvent: '([^']*)'/;
  for (const log of extensionHostLogs(logsDir)) {
    for (const line of readFileSync(log, 'utf8').split('\n')) {
      const m = re.exec(line);
      if (m && m[2].toLowerCase() === extensionId.toLowerCase()) {
        out.push({ time: m[1], startup: m[3] === 'true', activationEvent: m[4], log });
      }
    }
  }
  return out;
}

/**
 * Activation time of `extensionId` (publisher.name, case-insensitive):
 * { activationMs, codeLoadingMs, activateMs, wallMs, activationEvent, activationStartedAt, source }
 * (see ActivationTiming in test/integration/runner.ts) or undefined if it never
 * activated. `report` is the runner's JSON report (object or file path); `logsDir` the copied
 * VS Code logs folder (for the activation event).
 */
export function activationTime(extensionId, { report, logsDir } = {}) {
  let data = report;
  if (typeof report === 'string') data = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : undefined;
  const key = Object.keys(data?.activation ?? {}).find((k) => k.toLowerCase() === extensionId.toLowerCase());
  const lines = logsDir ? activationLogLines(logsDir, extensionId) : [];
  if (!key && !lines.length) return undefined;
  return {
    ...(key ? data.activation[key] : {}),
    activationEvent: lines[0]?.activationEvent,
    activationStartedAt: lines[0]?.time,
    source: key ? 'extension host performance marks' : 'extension host log (start only, no duration)',
  };
}

/**
 * Error entries of the extension host logs (an entry is a "[error]" line and its continuation
 * lines, e.g. a stack), as [{ time, text, log }].
 */
export function extensionHostErrors(logsDir) {
  const out = [];
  for (const log of extensionHostLogs(logsDir)) {
    let current;
    for (const line of readFileSync(log, 'utf8').split('\n')) {
      const m = /^(\d{4}-\d\d-\d\d \S+) \[(\w+)\] ?(.*)$/.exec(line);
      if (m) {
        current = m[2] === 'error' ? { time: m[1], text: m[3], log } : undefined;
        if (current) out.push(current);
      } else if (current && line) {
        current.text += `\n${line}`;
      }
    }
  }
  return out;
}
