import { strict as assert } from 'node:assert';
import { cli, tempProject } from '../helpers/tempProject';

/**
 * The route table and the project-level settling of link findings must give the same report
 * on worker threads (findings come back to the main thread and are settled there).
 */
describe('links across the workspace on worker threads', () => {
  it('gives the same link findings with and without workers', async function () {
    this.timeout(60000);
    const files: Record<string, string> = {};
    for (let i = 0; i < 4; i++) {
      files[`content/en/post-${i}.md`] = `---\ntranslationKey: p${i}\n---\n# Post ${i}\n\nFollow [us](https://twitter.com/CityOfExample) and read [the next post](/en/post-${(i + 1) % 4}/) or [the plan](https://city.example/plans/2024/plan-${i}).\n`;
      files[`content/fr/billet-${i}.md`] = `---\ntranslationKey: p${i}\n---\n# Billet ${i}\n\nSuivez-[nous](https://twitter.com/VilleExemple) et lisez [le billet suivant](/fr/billet-${i === 2 ? 0 : (i + 1) % 4}/) ou [le plan](https://ville.example/plans/2024/plan-${i}).\n`;
    }
    const project = tempProject(files);
    try {
      const inline = await cli(['content', '--format', 'json'], project.dir, { TOOLKIT_CHECK_WORKERS: '0' });
      const threads = await cli(['content', '--format', 'json'], project.dir, { TOOLKIT_CHECK_WORKERS: '2' });
      assert.deepEqual(JSON.parse(threads.stdout), JSON.parse(inline.stdout));
      const links = JSON.parse(inline.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'links');
      // The account and the host pair are learned from four pairs; the one wrong post link is found.
      assert.deepEqual(links.map((d: { file: string; line: number; message: string }) => `${d.file}:${d.line} ${d.message.slice(0, 40)}`), ['content/fr/billet-2.md:6 This link goes to billet-0.md, but the E']);
    } finally {
      project.cleanup();
    }
  });
});
