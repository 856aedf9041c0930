import { strict as assert } from 'node:assert';
import { buildDocument } from '../../../src/core/markdown/buildDocument';
import { counterpartSkeleton } from '../../../src/core/skeleton/counterpartSkeleton';

describe('counterpart skeleton', () => {
  const source = ['---', 'title: Open data standards', 'description: How to publish data people can use.', 'lang: en', 'translationKey: toolkit-standards', 'chapter: standards', 'layout: chapter', 'lastReviewed: 2026-10-15', '---', '', '# Open data standards', '', 'Publish in open formats.', ''].join('\n');
  const skeleton = counterpartSkeleton(buildDocument('standards.en.md', source, 'en'), 'fr');
  const line = (key: string) => skeleton.split('\n').find((l) => l.startsWith(`${key}:`));

  it('marks the values written for each language as to translate', () => {
    assert.equal(line('title'), 'title: Open data standards # À TRADUIRE');
    assert.equal(line('description'), 'description: How to publish data people can use. # À TRADUIRE');
  });

  it('copies language-neutral values as they are, and switches the language', () => {
    assert.equal(line('chapter'), 'chapter: standards');
    assert.equal(line('layout'), 'layout: chapter');
    assert.equal(line('translationKey'), 'translationKey: toolkit-standards');
    assert.equal(line('lastReviewed'), 'lastReviewed: 2026-10-15');
    assert.equal(line('lang'), 'lang: fr');
  });
});
