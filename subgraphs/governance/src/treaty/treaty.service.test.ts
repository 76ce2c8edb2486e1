/**
 * Treaties against real Postgres: no self-treaty, one pending-or-active treaty per type and
 * pair (either direction), who proposes, answers and ends them, events, and expiry by job.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  errorCode,
  type GovernanceHarness,
  PROPOSE_TREATY,
  RESPOND_TREATY,
  startHarness,
  TERMINATE_TREATY,
  type TestPlayer,
  TREATY,
  waitFor,
  waitForEvent,
} from '../governance.test-support';

interface TreatyView {
  id: string;
  type: string;
  status: string;
  durationDays: number;
  signedAt: string | null;
  endsAt: string | null;
  endedAt: string | null;
  fromRegion: { id: string };
  toRegion: { id: string };
}

let h: GovernanceHarness;
let ownerA: TestPlayer;
let ownerB: TestPlayer;
let ambassadorB: TestPlayer;
let governorA: TestPlayer;
let citizenB: TestPlayer;
let regionA: string;
let regionB: string;
before(async () => {
  h = await startHarness();
  [ownerA, ownerB, ambassadorB, governorA, citizenB] = [h.player(), h.player(), h.player(), h.player(), h.player()];
  regionA = await h.regions.provision(ownerA.id);
  regionB = await h.regions.provision(ownerB.id);
  await h.regions.office(regionB, ambassadorB.id, 'AMBASSADOR');
  await h.regions.office(regionA, governorA.id, 'GOVERNOR');
  await h.regions.members(regionB, [{ playerId: citizenB.id, type: 'citizen' }]);
});
after(() => h?.stop());

const proposeAs = (by: TestPlayer, input: Record<string, unknown>) =>
  h.client.request<{ proposeTreaty: { treaty: TreatyView } }>(PROPOSE_TREATY, { input }, { token: by.token });
const respondAs = (by: TestPlayer, treatyId: string, accept: boolean) =>
  h.client.request<{ respondToTreaty: { treaty: TreatyView } }>(
    RESPOND_TREATY,
    { input: { treatyId, accept } },
    { token: by.token },
  );
const terminateAs = (by: TestPlayer, treatyId: string) =>
  h.client.request<{ terminateTreaty: { treaty: TreatyView } }>(
    TERMINATE_TREATY,
    { input: { treatyId } },
    { token: by.token },
  );
const treatyInput = (type: string, from = regionA, to = regionB, durationDays = 90) => ({
  fromRegionId: from,
  toRegionId: to,
  type,
  terms: 'Free passage of traders.',
  durationDays,
});

describe('treaties', () => {
  test('a region cannot make a treaty with itself (BAD_USER_INPUT on toRegionId); bounds are checked', async () => {
    const self = await proposeAs(ownerA, treatyInput('ALLIANCE', regionA, regionA));
    assert.equal(errorCode(self), 'BAD_USER_INPUT');
    assert.equal(self.errors?.[0].extensions?.field, 'toRegionId');
    const long = await proposeAs(ownerA, treatyInput('ALLIANCE', regionA, regionB, 366));
    assert.equal(long.errors?.[0].extensions?.field, 'durationDays');
    assert.match(long.errors?.[0].message ?? '', /between 1 and 365/);
    const empty = await proposeAs(ownerA, { ...treatyInput('ALLIANCE'), terms: '  ' });
    assert.equal(empty.errors?.[0].extensions?.field, 'terms');
    const unknown = await proposeAs(ownerA, treatyInput('ALLIANCE', regionA, '00000000-0000-4000-8000-000000000000'));
    assert.equal(errorCode(unknown), 'NOT_FOUND');
  });

  test('at most one pending or active treaty of each type per pair, in either direction', async () => {
    const first = await proposeAs(ownerA, treatyInput('TRADE_AGREEMENT'));
    assert.equal(first.data?.proposeTreaty.treaty.status, 'PENDING');
    assert.equal(errorCode(await proposeAs(governorA, treatyInput('TRADE_AGREEMENT'))), 'CONFLICT');
    const reverse = await proposeAs(ambassadorB, treatyInput('TRADE_AGREEMENT', regionB, regionA));
    assert.equal(errorCode(reverse), 'CONFLICT', 'B → A is the same pair');
    assert.equal(reverse.errors?.[0].extensions?.field, 'type');
    const other = await proposeAs(ambassadorB, treatyInput('NON_AGGRESSION', regionB, regionA));
    assert.equal(other.data?.proposeTreaty.treaty.status, 'PENDING', 'another type is fine');

    // Once it ends, the pair may sign that type again.
    assert.equal(
      (await respondAs(ownerB, first.data!.proposeTreaty.treaty.id, false)).data?.respondToTreaty.treaty.status,
      'REJECTED',
    );
    assert.equal(
      (await proposeAs(ownerA, treatyInput('TRADE_AGREEMENT'))).data?.proposeTreaty.treaty.status,
      'PENDING',
    );
  });

  test('only the other region answers; accepting signs it (treaty.signed) until now + durationDays', async () => {
    const proposed = (await proposeAs(governorA, treatyInput('DEFENSE_PACT', regionA, regionB, 30))).data!.proposeTreaty
      .treaty;
    assert.equal(errorCode(await respondAs(ownerA, proposed.id, true)), 'FORBIDDEN', 'not the proposing side');
    assert.equal(errorCode(await respondAs(governorA, proposed.id, true)), 'FORBIDDEN');
    assert.equal(errorCode(await respondAs(citizenB, proposed.id, true)), 'FORBIDDEN', 'a citizen does not answer');
    assert.equal(errorCode(await respondAs(h.player(), proposed.id, true)), 'FORBIDDEN');
    const signed = await respondAs(ambassadorB, proposed.id, true);
    assert.equal(signed.errors, undefined, JSON.stringify(signed.errors));
    const treaty = signed.data!.respondToTreaty.treaty;
    assert.equal(treaty.status, 'ACTIVE');
    const term = (Date.parse(treaty.endsAt as string) - Date.parse(treaty.signedAt as string)) / 1000;
    assert.ok(Math.abs(term - 30) < 0.01, '30 days (1 s each here)');
    assert.equal(errorCode(await respondAs(ownerB, proposed.id, false)), 'CONFLICT', 'answered already');
    const event = await waitForEvent<{ fromRegionId: string; toRegionId: string; type: string; endsAt: string }>(
      h,
      'sectorwars.governance.treaty',
      (e) => e.type.endsWith('.signed.v1') && e.subject === proposed.id,
    );
    assert.deepEqual(
      [event.data.fromRegionId, event.data.toRegionId, event.data.type],
      [regionA, regionB, 'defense_pact'],
    );

    // Either side's diplomat ends it; a citizen or outsider may not.
    assert.equal(errorCode(await terminateAs(citizenB, proposed.id)), 'FORBIDDEN');
    assert.equal(errorCode(await terminateAs(h.player(), proposed.id)), 'FORBIDDEN');
    const ended = await terminateAs(ambassadorB, proposed.id);
    assert.equal(ended.data?.terminateTreaty.treaty.status, 'TERMINATED');
    assert.equal(errorCode(await terminateAs(ownerA, proposed.id)), 'CONFLICT', 'already ended');
    await waitForEvent(
      h,
      'sectorwars.governance.treaty',
      (e) => e.type.endsWith('.terminated.v1') && e.subject === proposed.id,
    );
  });

  test('the proposing side may withdraw a pending treaty; the other side answers instead', async () => {
    const proposed = (await proposeAs(ownerA, treatyInput('CULTURAL_EXCHANGE'))).data!.proposeTreaty.treaty;
    assert.equal(errorCode(await terminateAs(ownerB, proposed.id)), 'CONFLICT', 'B answers with respondToTreaty');
    const withdrawn = await terminateAs(governorA, proposed.id);
    assert.equal(withdrawn.data?.terminateTreaty.treaty.status, 'WITHDRAWN');
  });

  test('an active treaty expires at endsAt by a job (treaty.expired), once', async () => {
    const proposed = (await proposeAs(ownerA, treatyInput('ALLIANCE', regionA, regionB, 1))).data!.proposeTreaty.treaty;
    await respondAs(ownerB, proposed.id, true);
    const expired = await waitFor('expiry', async () => {
      const t = (await h.client.data<{ treaty: TreatyView }>(TREATY, { id: proposed.id }, { token: citizenB.token }))
        .treaty;
      return t.status === 'EXPIRED' ? t : undefined;
    });
    assert.ok(expired.endedAt);
    await waitForEvent(
      h,
      'sectorwars.governance.treaty',
      (e) => e.type.endsWith('.expired.v1') && e.subject === proposed.id,
    );
    assert.equal(await h.running.services.treaties.expire(proposed.id), null, 'a second run does nothing');
  });

  test('readers: members, owners and diplomats of either region, admins; others FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    const proposed = (await proposeAs(ownerA, treatyInput('DEFENSE_PACT'))).data!.proposeTreaty.treaty;
    for (const reader of [ownerA, ownerB, citizenB, ambassadorB, h.admin()]) {
      const r = await h.client.request<{ treaty: TreatyView }>(TREATY, { id: proposed.id }, { token: reader.token });
      assert.equal(r.data?.treaty.id, proposed.id);
    }
    assert.equal(
      errorCode(await h.client.request(TREATY, { id: proposed.id }, { token: h.player().token })),
      'FORBIDDEN',
    );
    assert.equal(errorCode(await h.client.request(TREATY, { id: proposed.id })), 'UNAUTHENTICATED');
  });
});
