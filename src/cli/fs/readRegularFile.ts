import * as fs from 'node:fs';

/** A file read within its limit, or only its size when it is larger. */
export type RegularRead = { bytes: Uint8Array } | { tooLarge: number };

const CHUNK = 64 * 1024;

/**
 * Reads a regular file, and nothing else: a FIFO, socket or device (named on the command line,
 * met in the tree, or the target of a symbolic link) throws ENOTREGULAR instead of blocking the
 * run or feeding it `/dev/zero` forever. The kind is checked before opening (opening some
 * devices has effects) and again with fstat on the opened descriptor, so a swap between the
 * check and the read changes nothing; the open does not block (O_NONBLOCK) should a FIFO appear
 * in between. The limit is enforced while reading (at most `limit` + 1 bytes are read), not only
 * from the size reported beforehand: a file that grows meanwhile is still cut off.
 */
export function readRegularFile(path: string, limit: number): RegularRead {
  refuseIrregular(fs.statSync(path));
  const fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    refuseIrregular(stat);
    if (stat.size > limit) return { tooLarge: stat.size };
    const chunks: Buffer[] = [];
    let total = 0;
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1));
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, Math.min(buffer.length, limit + 1 - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, n)));
      total += n;
      if (total > limit) return { tooLarge: total };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads a regular file as UTF-8 text (byte order mark removed); a larger one throws ETOOLARGE. */
export function readRegularText(path: string, limit: number): string {
  const read = readRegularFile(path, limit);
  if ('tooLarge' in read) throw fileError('ETOOLARGE', `larger than ${limit} bytes`);
  return Buffer.from(read.bytes).toString('utf8').replace(/^\uFEFF/, '');
}

function refuseIrregular(stat: fs.Stats): void {
  if (stat.isDirectory()) throw fileError('EISDIR', 'is a folder');
  if (!stat.isFile()) throw fileError('ENOTREGULAR', 'not a regular file');
}

export function fileError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}
