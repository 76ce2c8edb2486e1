/**
 * Port trade and the treasury: buying and selling at a port moves credits and cargo, the tax
 * (tax rate × value) goes into the region's treasury, `Region.stats` shows tax income and
 * treasury, bad trades write nothing, and only members trade.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, type TestStack } from '@sectorwars/testing';
import {
  JOIN,
  loginAdmin,
  provisionRegion,
  registerPlayer,
  startRegionsStack,
  type TestPlayer,
  UPDATE_ECONOMY,
} from './regions.test-support';

const TRADE = `mutation T($input: TradeAtPortInput!) {
  tradeAtPort(input: $input) { trade { side unitPrice gross tax creditsChange } assets { credits cargo { resource quantity } } }
}`;
const STATS = `query($id: ID!) { region(id: $id) { stats { taxIncome taxIncomeWindowDays treasury activeMembers } } }`;

let stack: TestStack;
let owner: TestPlayer;
let trader: TestPlayer;
let outsider: TestPlayer;
let regionId: string;
let portSector: number;
let emptySector: number;
before(async () => {
  stack = await startRegionsStack();
  const admin = await loginAdmin(stack);
  [owner, trader, outsider] = await Promise.all([
    registerPlayer(stack, 'market_owner'),
    registerPlayer(stack, 'trader'),
    registerPlayer(stack, 'outsider'),
  ]);
  regionId = await provisionRegion(stack, admin, 'market', owner);
  await stack.gateway.data(JOIN, { input: { regionId, type: 'CITIZEN' } }, { token: trader.token });
  const { region } = await stack.gateway.data<{
    region: { sectors: { edges: { node: { number: number; ports: number } }[] } };
  }>('query($id: ID!) { region(id: $id) { sectors(first: 100) { edges { node { number ports } } } } }', {
    id: regionId,
  });
  const sectors = region.sectors.edges.map((e) => e.node);
  portSector = (sectors.find((s) => s.ports > 0) as { number: number }).number;
  emptySector = (sectors.find((s) => s.ports === 0) as { number: number }).number;
});
after(() => stack?.stop());

const trade = (player: TestPlayer | null, input: Record<string, unknown>) =>
  stack.gateway.request<{
    tradeAtPort: {
      trade: { side: string; unitPrice: number; gross: number; tax: number; creditsChange: number };
      assets: { credits: number; cargo: { resource: string; quantity: number }[] };
    };
  }>(TRADE, { input: { regionId, sectorNumber: portSector, ...input } }, { token: player?.token });
const stats = async () =>
  (
    await stack.gateway.data<{
      region: { stats: { taxIncome: number; taxIncomeWindowDays: number; treasury: number; activeMembers: number } };
    }>(STATS, { id: regionId }, { token: owner.token })
  ).region.stats;

describe('port trade', () => {
  test('buying and selling pay tax into the treasury; stats show tax income and treasury', async () => {
    assert.deepEqual(await stats(), { taxIncome: 0, taxIncomeWindowDays: 30, treasury: 0, activeMembers: 1 });
    // Starting credits 1,000; tax 10 %. Buying 10 ore at ceil(20 × 1.2) = 24: 240 + 24 tax.
    const bought = await trade(trader, { resource: 'ore', quantity: 10, side: 'BUY' });
    assert.equal(bought.errors, undefined, JSON.stringify(bought.errors));
    assert.deepEqual(bought.data?.tradeAtPort.trade, {
      side: 'BUY',
      unitPrice: 24,
      gross: 240,
      tax: 24,
      creditsChange: -264,
    });
    assert.deepEqual(bought.data?.tradeAtPort.assets, { credits: 736, cargo: [{ resource: 'ore', quantity: 10 }] });

    // The owner sets an ore bonus of 2.0 and a 20 % tax: selling 5 ore at floor(20 × 2) = 40: 200 − 40 tax.
    await stack.gateway.data(
      UPDATE_ECONOMY,
      { input: { regionId, taxRate: 0.2, tradeBonuses: [{ resource: 'ore', multiplier: 2 }] } },
      { token: owner.token },
    );
    const sold = await trade(trader, { resource: 'ore', quantity: 5, side: 'SELL' });
    assert.deepEqual(sold.data?.tradeAtPort.trade, {
      side: 'SELL',
      unitPrice: 40,
      gross: 200,
      tax: 40,
      creditsChange: 160,
    });
    assert.deepEqual(sold.data?.tradeAtPort.assets, { credits: 896, cargo: [{ resource: 'ore', quantity: 5 }] });

    assert.deepEqual(await stats(), { taxIncome: 64, taxIncomeWindowDays: 30, treasury: 64, activeMembers: 1 });
  });

  test('trades beyond credits or cargo, at a sector without port, or out of range are refused and write nothing', async () => {
    const before = await stats();
    const cases: [Record<string, unknown>, string][] = [
      [{ resource: 'equipment', quantity: 10_000, side: 'BUY' }, 'quantity'],
      [{ resource: 'organics', quantity: 1, side: 'SELL' }, 'quantity'],
      [{ resource: 'ore', quantity: 1, side: 'BUY', sectorNumber: emptySector }, 'sectorNumber'],
      [{ resource: 'ore', quantity: 0, side: 'BUY' }, 'quantity'],
      [{ resource: 'ore', quantity: 1, side: 'BUY', sectorNumber: 501 }, 'sectorNumber'],
      [{ resource: 'unobtainium', quantity: 1, side: 'BUY' }, 'resource'],
    ];
    for (const [input, field] of cases) {
      const result = await trade(trader, input);
      assert.equal(errorCode(result), 'BAD_USER_INPUT', JSON.stringify(input));
      assert.equal(result.errors?.[0].extensions?.field, field, JSON.stringify(input));
    }
    assert.deepEqual(await stats(), before);
  });

  test('only members trade: an outsider is FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    assert.equal(errorCode(await trade(outsider, { resource: 'ore', quantity: 1, side: 'BUY' })), 'FORBIDDEN');
    assert.equal(errorCode(await trade(null, { resource: 'ore', quantity: 1, side: 'BUY' })), 'UNAUTHENTICATED');
  });
});
