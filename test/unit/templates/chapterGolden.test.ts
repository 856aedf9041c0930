/**
 * The chapters “New toolkit chapter…” writes, byte for byte, for every chapter type in both
 * layouts: the files of test/fixtures/chapters were written by the code before the chapter
 * types became data (templates/), so moving or editing how they load cannot change a chapter
 * unnoticed. `UPDATE_CHAPTER_FIXTURES=1` writes them again after a deliberate content change.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createChapterPair } from '../../../src/core/templates';
import { chapterTypeIds, shippedTemplates } from './shippedTemplates';

const FIXTURES = path.resolve(__dirname, '../../fixtures/chapters');
const TODAY = new Date(2027, 2, 31);

describe('generated chapters are byte-identical to the recorded ones', () => {
  const library = shippedTemplates();
  it('the shipped templates load without a problem, the ten types in the committee’s order', () => {
    assert.deepEqual(library.problems, []);
    assert.deepEqual(library.types.map((t) => t.id), chapterTypeIds());
  });
  for (const id of chapterTypeIds()) {
    for (const layout of ['suffix', 'parallel'] as const) {
      it(`${id} (${layout})`, () => {
        const pair = createChapterPair({ type: id, slug: 'chapter', folder: 'docs', layout, today: TODAY }, library);
        for (const file of [pair.en, pair.fr]) {
          const fixture = path.join(FIXTURES, `${id}.${layout}.${file.lang}.md`);
          if (process.env.UPDATE_CHAPTER_FIXTURES === '1') fs.writeFileSync(fixture, `<!-- ${file.path} -->\n${file.text}`);
          assert.equal(`<!-- ${file.path} -->\n${file.text}`, fs.readFileSync(fixture, 'utf8'));
        }
      });
    }
  }
});
