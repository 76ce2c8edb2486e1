/**
 * PolicyVoteBatcher (group commit of votes) over a recording `castBatch`: what goes together in
 * one statement and what each caller gets back. Postgres' side of it (`governance.cast_votes`)
 * is tested through the API in policy.service.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PolicyVoteBatcher } from './vote-batcher';

/** A castBatch that records its batches and answers when `release` is called. */
function recorder() {
  const batches: { policyId: string; voters: string[] }[] = [];
  const waiting: (() => void)[] = [];
  const castBatch = (policyId: string, votes: { voterId: string; support: boolean }[]) => {
    batches.push({ policyId, voters: votes.map((v) => v.voterId) });
    return new Promise<(string | null)[]>((resolve) =>
      waiting.push(() => resolve(votes.map((v) => (v.voterId.startsWith('x') ? null : `${policyId}:${v.voterId}`)))),
    );
  };
  const release = async () => {
    while (waiting.length) (waiting.shift() as () => void)();
    await new Promise((r) => setImmediate(r));
  };
  return { batches, castBatch, release };
}

describe('PolicyVoteBatcher', () => {
  test('a lone vote goes at once; votes arriving meanwhile go together in the next statement', async () => {
    const r = recorder();
    const batcher = new PolicyVoteBatcher(r.castBatch);
    const first = batcher.cast('p', 'a', true);
    assert.deepEqual(r.batches, [{ policyId: 'p', voters: ['a'] }], 'sent without waiting for company');
    const later = ['b', 'c', 'x1', 'd'].map((v) => batcher.cast('p', v, false));
    assert.equal(r.batches.length, 1, 'nothing more while the first statement runs');
    await r.release();
    assert.deepEqual(r.batches[1], { policyId: 'p', voters: ['b', 'c', 'x1', 'd'] });
    await r.release();
    assert.equal(await first, 'p:a');
    assert.deepEqual(await Promise.all(later), ['p:b', 'p:c', null, 'p:d'], 'each caller gets its own answer');
  });

  test('policies do not wait for each other; batches are capped', async () => {
    const r = recorder();
    const batcher = new PolicyVoteBatcher(r.castBatch, 2);
    const votes = [batcher.cast('p', 'a', true), batcher.cast('q', 'a', true)];
    assert.deepEqual(
      r.batches.map((b) => b.policyId),
      ['p', 'q'],
    );
    votes.push(...['b', 'c', 'd'].map((v) => batcher.cast('p', v, true)));
    await r.release();
    await r.release();
    await r.release();
    assert.deepEqual(
      r.batches.filter((b) => b.policyId === 'p').map((b) => b.voters),
      [['a'], ['b', 'c'], ['d']],
    );
    assert.deepEqual(await Promise.all(votes), ['p:a', 'q:a', 'p:b', 'p:c', 'p:d']);
  });

  test("a failing statement fails its own batch only; the policy's next batch still goes", async () => {
    let calls = 0;
    const batcher = new PolicyVoteBatcher(async (_policyId, votes) => {
      calls += 1;
      if (calls === 2) throw new Error('connection lost');
      return votes.map((v) => v.voterId);
    });
    const first = batcher.cast('p', 'a', true);
    const second = [batcher.cast('p', 'b', true), batcher.cast('p', 'c', true)];
    assert.equal(await first, 'a');
    await assert.rejects(Promise.all(second), /connection lost/);
    assert.equal(await batcher.cast('p', 'd', true), 'd');
  });
});
