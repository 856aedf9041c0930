import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import { readRegularFile } from '../../../src/cli/fs/readRegularFile';
import { cli } from '../helpers/tempProject';
import { PAIR, sandbox } from './helpers';

const NOT_REGULAR = 'Cannot read this file: not a regular file (a pipe, a socket or a device).';

// A FIFO blocks a reader until someone writes; /dev/zero never ends. Neither may stop a run.
describe('security: only regular files are read', function () {
  this.timeout(10_000);
  let box: ReturnType<typeof sandbox>;
  afterEach(() => box.cleanup());
  before(function () {
    if (process.platform === 'win32') this.skip();
  });
  const fileFindings = (stdout: string) =>
    (JSON.parse(stdout).diagnostics as Array<{ rule: string; file: string; message: string }>).filter((d) => d.rule === 'file').map((d) => `${d.file}: ${d.message}`);

  it('reports a FIFO in the tree as a file finding instead of blocking', async () => {
    box = sandbox(PAIR);
    execFileSync('mkfifo', [join(box.project, 'pipe.en.md')]);
    const r = await cli(['--format', 'json'], box.project);
    assert.deepEqual(fileFindings(r.stdout), [`pipe.en.md: ${NOT_REGULAR}`]);
  });

  it('reports a FIFO named on the command line, and a link to one', async () => {
    box = sandbox(PAIR);
    execFileSync('mkfifo', [join(box.project, 'pipe.md')]);
    symlinkSync(join(box.project, 'pipe.md'), join(box.project, 'link.md'));
    const r = await cli(['pipe.md', 'link.md', 'a.en.md', '--format', 'json'], box.project);
    assert.deepEqual(fileFindings(r.stdout).sort(), [`link.md: ${NOT_REGULAR}`, `pipe.md: ${NOT_REGULAR}`]);
  });

  it('reports a link to /dev/zero named on the command line instead of reading it forever', async function () {
    if (!existsSync('/dev/zero')) this.skip();
    box = sandbox(PAIR);
    symlinkSync('/dev/zero', join(box.project, 'zero.en.md'));
    const r = await cli(['zero.en.md', '--format', 'json'], box.project);
    assert.deepEqual(fileFindings(r.stdout), [`zero.en.md: ${NOT_REGULAR}`]);
  });

  it('reports a socket in the tree', async () => {
    box = sandbox(PAIR);
    const server: Server = createServer();
    await new Promise<void>((done) => server.listen(join(box.project, 'sock.en.md'), done));
    try {
      const r = await cli(['--format', 'json'], box.project);
      assert.deepEqual(fileFindings(r.stdout), [`sock.en.md: ${NOT_REGULAR}`]);
    } finally {
      server.close();
    }
  });

  it('refuses a FIFO as the pairs file or the configuration file', async () => {
    box = sandbox(PAIR);
    execFileSync('mkfifo', [join(box.project, 'pairs.json')]);
    writeFileSync(join(box.project, 'opendata-toolkit.json'), JSON.stringify({ pairs: 'pairs.json' }));
    let r = await cli(['--format', 'json'], box.project);
    assert.match(r.stderr, /Cannot read the pairs file pairs\.json: not a regular file/);
    r = await cli(['--config', 'pairs.json', '--format', 'json'], box.project);
    assert.match(r.stderr, /Cannot read the configuration file: not a regular file/);
  });

  it('enforces the size limit while reading, not from the size announced beforehand', function () {
    // /proc files announce a size of 0 and then have content: the stand-in for a file that grows.
    if (!existsSync('/proc/self/status')) this.skip();
    assert.deepEqual(readRegularFile('/proc/self/status', 16), { tooLarge: 17 });
    const read = readRegularFile('/proc/self/status', 1 << 20);
    assert.ok('bytes' in read && read.bytes.length > 16);
  });

  it('reports a file above maxFileSize without reading it or allocating its size', async () => {
    box = sandbox(PAIR);
    writeFileSync(join(box.project, 'opendata-toolkit.json'), JSON.stringify({ maxFileSize: 1024 }));
    writeFileSync(join(box.project, 'big.en.md'), '# Big\n' + 'x'.repeat(4096));
    const r = await cli(['--format', 'json'], box.project);
    assert.deepEqual(fileFindings(r.stdout), ['big.en.md: This file is 4,102 bytes, above the limit of 1,024 bytes (maxFileSize in the configuration); it was not checked.']);
  });
});
