import { strict as assert } from 'node:assert';
import { autoWorkers, PARALLEL_MIN_CHARS } from '../../../src/cli/autoWorkers';

describe('toolkit-check: default worker threads', () => {
  it('none for a small tree, whatever the cores', () => {
    assert.equal(autoWorkers(PARALLEL_MIN_CHARS - 1, 8, 0), 0);
  });
  it('one per free core, at most 4, for a large tree', () => {
    assert.equal(autoWorkers(PARALLEL_MIN_CHARS, 2, 0.2), 2);
    assert.equal(autoWorkers(PARALLEL_MIN_CHARS, 8, 1), 4);
    assert.equal(autoWorkers(PARALLEL_MIN_CHARS, 4, 1.2), 3);
  });
  it('none when fewer than 2 cores are free: one worker only adds its start-up to the main thread', () => {
    assert.equal(autoWorkers(PARALLEL_MIN_CHARS, 2, 0.8), 0);
    assert.equal(autoWorkers(PARALLEL_MIN_CHARS, 2, 12), 0);
    assert.equal(autoWorkers(PARALLEL_MIN_CHARS, 1, 0), 0);
  });
});
