/** Helpers shared by the regions test files: the stack, players, and region GraphQL operations. */
import { createEnvelope, createPostgresTransport, type EventDefinition } from '@sectorwars/events';
import { queryRows, startStack, type TestStack } from '@sectorwars/testing';
import type { z } from 'zod';

export const ADMIN_PASSWORD = 'admin password 1';

/** A signed-in player of the test stack. */
export interface TestPlayer {
  id: string;
  token: string;
  handle: string;
}

/** Starts identity, regions and a gateway over just those two, with a known bootstrap admin password. */
export const startRegionsStack = () =>
  startStack({ subgraphs: ['identity', 'regions'], env: { BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD } });

/** Logs in as the bootstrap admin. */
export async function loginAdmin(stack: TestStack): Promise<TestPlayer> {
  const data = await stack.gateway.data<{ login: { accessToken: string; player: { id: string; handle: string } } }>(
    `mutation { login(input: { email: "admin@sectorwars.local", password: "${ADMIN_PASSWORD}" }) { accessToken player { id handle } } }`,
  );
  return { id: data.login.player.id, handle: data.login.player.handle, token: data.login.accessToken };
}

let counter = 0;
/** Registers a fresh player. */
export async function registerPlayer(stack: TestStack, prefix = 'pilot'): Promise<TestPlayer> {
  counter += 1;
  const handle = `${prefix}_${process.pid % 10000}_${counter}`;
  const data = await stack.gateway.data<{ registerPlayer: { accessToken: string; player: { id: string } } }>(
    `mutation R($input: RegisterPlayerInput!) { registerPlayer(input: $input) { accessToken player { id } } }`,
    {
      input: { handle, email: `${handle}@example.test`, password: 'long password 1', displayName: handle },
    },
  );
  return { id: data.registerPlayer.player.id, token: data.registerPlayer.accessToken, handle };
}

export const PROVISION = `mutation P($input: ProvisionRegionInput!) {
  provisionRegion(input: $input) { region { id name displayName status totalSectors owner { id handle } economy { startingCredits } } }
}`;
export const UPDATE_ECONOMY = `mutation E($input: UpdateRegionEconomyInput!) {
  updateRegionEconomy(input: $input) { region { id economy { taxRate startingCredits specialization tradeBonuses { resource multiplier } } } }
}`;
export const UPDATE_GOVERNANCE = `mutation G($input: UpdateRegionGovernanceInput!) {
  updateRegionGovernance(input: $input) { region { id governance { type votingThreshold electionFrequencyDays constitution } } }
}`;
export const UPDATE_CULTURE = `mutation C($input: UpdateRegionCultureInput!) {
  updateRegionCulture(input: $input) { region { id culture { motto languagePack { key text } theme { primaryColor logoUrl } traditions } } }
}`;
export const JOIN = `mutation J($input: JoinRegionInput!) {
  joinRegion(input: $input) { membership { type reputation votingPower region { id } player { id } assets { credits } } }
}`;
export const LEAVE = `mutation L($input: LeaveRegionInput!) { leaveRegion(input: $input) { regionId previousType } }`;

/** Provisions a region owned by `owner` as `admin`. */
export async function provisionRegion(stack: TestStack, admin: TestPlayer, name: string, owner: TestPlayer | null) {
  const data = await stack.gateway.data<{ provisionRegion: { region: { id: string } } }>(
    PROVISION,
    { input: { name, displayName: name.toUpperCase(), ownerId: owner?.id ?? null } },
    { token: admin.token },
  );
  return data.provisionRegion.region.id;
}

/** Envelopes published on the bus for `topic`, oldest first. */
export async function busEvents(stack: TestStack, topic: string) {
  const rows = await queryRows<{ value: string }>(
    stack.database.url,
    `SELECT value FROM eventbus.records WHERE topic = $1 ORDER BY "offset"`,
    [topic],
  );
  return rows.map((r) => JSON.parse(r.value) as { type: string; subject: string; data: Record<string, unknown> });
}

export { waitFor } from '@sectorwars/testing';

/**
 * Publishes one event on the stack's Postgres bus as another service would after its outbox
 * relay: a CloudEvents envelope validated against the catalog, keyed by `subject`. Passing the
 * `id` of an earlier call delivers the same event again (a redelivery).
 */
export async function publishEvent<S extends z.ZodType>(
  stack: TestStack,
  definition: EventDefinition<S>,
  subject: string,
  data: z.input<S>,
  options: { id?: string } = {},
): Promise<string> {
  const envelope = createEnvelope(definition, {
    subject,
    data,
    source: `sectorwars.${definition.service}`,
    id: options.id,
  });
  const transport = createPostgresTransport({ connectionString: stack.database.url });
  try {
    await transport.send([{ topic: definition.topic, key: subject, value: JSON.stringify(envelope) }]);
  } finally {
    await transport.close();
  }
  return envelope.id;
}
