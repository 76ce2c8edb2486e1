/**
 * Helpers shared by the governance test files: governance started in this process against a
 * fresh database, players with access tokens minted by a local key (served as a JWKS), and a
 * stand-in for the regions service that publishes regions' events through a real outbox and
 * the Postgres event bus (schema `test_regions`), so tests control memberships, voting power,
 * offices and governance rules exactly.
 */
import { generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type EventBus as Bus,
  createPostgresTransport,
  EventBus,
  type EventDefinition,
  eventTablesUp,
  regionsEvents,
} from '@sectorwars/events';
import { createDataSource, createLogger, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@sectorwars/platform';
import { createTestDatabase, GraphQLClient, queryRows, type TestDatabase, waitFor } from '@sectorwars/testing';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { type RunningGovernance, startGovernance } from './index';

export { errorCode, queryRows, waitFor } from '@sectorwars/testing';

/** A player with an access token. */
export interface TestPlayer {
  id: string;
  token: string;
}

type MembershipType = 'citizen' | 'resident' | 'visitor' | 'nomadic_trader';
type Role = 'GOVERNOR' | 'COUNCIL_MEMBER' | 'AMBASSADOR' | 'TRADE_COMMISSIONER';
type GovernanceType = 'democracy' | 'autocracy' | 'council';

/** Signs ES256 access tokens the way identity does, with a key whose public half a local JWKS serves. */
class TokenMinter {
  readonly kid = randomUUID();
  private readonly privateKey: KeyObject;
  readonly jwks: object;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.privateKey = privateKey;
    this.jwks = { keys: [{ ...publicKey.export({ format: 'jwk' }), kid: this.kid, alg: 'ES256', use: 'sig' }] };
  }

  mint(playerId: string, roles: string[] = ['PLAYER']): string {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const head = b64({ alg: 'ES256', kid: this.kid, typ: 'at+jwt' });
    const body = b64({
      sub: playerId,
      iss: TOKEN_ISSUER,
      aud: TOKEN_AUDIENCE,
      iat: now,
      exp: now + 3600,
      roles,
      scope: 'read write',
    });
    const signature = sign('sha256', Buffer.from(`${head}.${body}`), {
      key: this.privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    return `${head}.${body}.${signature.toString('base64url')}`;
  }
}

/**
 * The regions side, played by the test: publishes regions' events (exactly as regions
 * does: outbox in a transaction, relayed to the bus) and waits until governance has them.
 */
export class FakeRegions {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly bus: Bus,
    private readonly dbUrl: string,
  ) {}

  static async start(dbUrl: string): Promise<FakeRegions> {
    const dataSource = createDataSource({ url: dbUrl, schema: 'test_regions', entities: [], migrations: [] });
    await dataSource.initialize();
    await dataSource.query('CREATE SCHEMA IF NOT EXISTS test_regions');
    const [{ exists }] = await dataSource.query("SELECT to_regclass('test_regions.outbox') IS NOT NULL AS exists");
    if (!exists) for (const sql of eventTablesUp('test_regions')) await dataSource.query(sql);
    const logger = createLogger('test-regions', 'warn');
    const bus = new EventBus({
      service: 'regions',
      schema: 'test_regions',
      dataSource,
      transport: createPostgresTransport({ connectionString: dbUrl, logger }),
      logger,
      emits: [regionsEvents.regionProvisioned, regionsEvents.membershipChanged],
    });
    await bus.start();
    return new FakeRegions(dataSource, bus, dbUrl);
  }

  /** Publishes events in one transaction. */
  async publish(events: { definition: EventDefinition; subject: string; data: unknown }[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const e of events) {
        await this.bus.outbox.publish(manager, e.definition as EventDefinition<z.ZodType>, {
          subject: e.subject,
          data: e.data,
        });
      }
    });
  }

  /** A region governance knows about, with its owner and governance; returns its id once governance has it. */
  async provision(
    ownerId: string | null,
    governance: { type?: GovernanceType; votingThreshold?: number; electionFrequencyDays?: number } | null = {},
  ): Promise<string> {
    const regionId = randomUUID();
    await this.publish([
      {
        definition: regionsEvents.regionProvisioned,
        subject: regionId,
        data: {
          regionId,
          name: `r-${regionId.slice(0, 8)}`,
          displayName: 'Test region',
          ownerId,
          totalSectors: 500,
          provisionedAt: new Date().toISOString(),
          ...(governance
            ? {
                governance: {
                  type: governance.type ?? 'democracy',
                  votingThreshold: governance.votingThreshold ?? 0.51,
                  electionFrequencyDays: governance.electionFrequencyDays ?? 90,
                },
              }
            : {}),
        },
      },
    ]);
    await this.until('region projected', 'SELECT 1 FROM governance.regions WHERE id = $1', [regionId]);
    return regionId;
  }

  /** Changes a region's governance settings (as `updateRegionGovernance` would). */
  async changeGovernance(
    regionId: string,
    after: { type: GovernanceType; votingThreshold: number; electionFrequencyDays: number },
  ): Promise<void> {
    await this.publish([
      {
        definition: regionsEvents.regionGovernanceChanged,
        subject: regionId,
        data: { regionId, actorId: randomUUID(), before: {}, after: { ...after, constitution: '' } },
      },
    ]);
    await this.until(
      'governance change projected',
      'SELECT 1 FROM governance.regions WHERE id = $1 AND governance_type = $2 AND voting_threshold = $3',
      [regionId, after.type, after.votingThreshold],
    );
  }

  /**
   * Memberships (joined/updated, or left when `type` is null), in one transaction; resolves once
   * governance's voter roll shows all of them.
   */
  async members(
    regionId: string,
    members: { playerId: string; type: MembershipType | null; votingPower?: number }[],
  ): Promise<void> {
    const at = new Date();
    await this.publish(
      members.map((m, i) => ({
        definition: regionsEvents.membershipChanged,
        subject: `${regionId}:${m.playerId}`,
        data: {
          regionId,
          playerId: m.playerId,
          change: m.type ? 'joined' : 'left',
          membershipType: m.type,
          votingPower: m.type ? (m.votingPower ?? (m.type === 'citizen' || m.type === 'resident' ? 1 : 0)) : 0,
          reputation: 0,
          occurredAt: new Date(at.getTime() + i).toISOString(),
        },
      })),
    );
    await this.until(
      'voter roll projected',
      `SELECT 1 WHERE (SELECT count(*) FROM governance.voter_roll WHERE region_id = $1 AND player_id = ANY($2::uuid[])
         AND changed_at >= $3) = $4`,
      [regionId, members.map((m) => m.playerId), at.toISOString(), members.length],
    );
  }

  /** Grants (or revokes) an elected office; resolves once governance's offices show it. */
  async office(regionId: string, playerId: string, role: Role, change: 'granted' | 'revoked' = 'granted') {
    await this.publish([
      {
        definition: regionsEvents.roleChanged,
        subject: `${regionId}:${playerId}`,
        data: {
          regionId,
          playerId,
          role,
          change,
          termEndsAt: change === 'granted' ? new Date(Date.now() + 86_400_000).toISOString() : null,
          electionId: null,
          occurredAt: new Date().toISOString(),
        },
      },
    ]);
    await this.until(
      'office projected',
      `SELECT 1 WHERE EXISTS (SELECT 1 FROM governance.offices WHERE region_id = $1 AND player_id = $2 AND role = $3) = $4`,
      [regionId, playerId, role, change === 'granted'],
    );
  }

  /** `region.policy-implemented` for a passed policy. */
  async implemented(policyId: string, regionId: string, type: string, applied: Record<string, unknown>) {
    await this.publish([
      {
        definition: regionsEvents.policyImplemented,
        subject: regionId,
        data: { policyId, regionId, type, applied, implementedAt: new Date().toISOString() },
      },
    ]);
  }

  private until(what: string, sql: string, params: unknown[]) {
    return waitFor(what, async () => ((await queryRows(this.dbUrl, sql, params)).length ? true : undefined), 15_000);
  }

  async stop(): Promise<void> {
    await this.bus.stop();
    await this.dataSource.destroy();
  }
}

/** Governance running in this test process, with everything it needs around it. */
export interface GovernanceHarness {
  db: TestDatabase;
  /** The running subgraph (restarted by `restart`). */
  running: RunningGovernance;
  /** Client of governance's `/graphql` (follows restarts). */
  client: GraphQLClient;
  regions: FakeRegions;
  /** A fresh player id with a token (global role PLAYER). */
  player(): TestPlayer;
  /** A platform admin. */
  admin(): TestPlayer;
  /** Stops governance (not the database), waits `downMs`, starts it again on the same database. */
  restart(downMs?: number): Promise<void>;
  /** Events governance published on `topic` (relayed to the bus), oldest first. */
  events<T = Record<string, unknown>>(topic: string): Promise<{ type: string; subject: string; data: T }[]>;
  stop(): Promise<void>;
}

/**
 * Starts governance in this process on a fresh database. One game day lasts `daySeconds`
 * (`GOVERNANCE_DAY_SECONDS`, 1 by default: a 1-day vote closes after ~1 s).
 */
export async function startHarness(options: { daySeconds?: number } = {}): Promise<GovernanceHarness> {
  const db = await createTestDatabase();
  const minter = new TokenMinter();
  const jwksServer = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(minter.jwks));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const env = {
    DATABASE_URL: db.url,
    JWKS_URL: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`,
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    KAFKA_BROKERS: '',
    GOVERNANCE_DAY_SECONDS: String(options.daySeconds ?? 1),
    GOVERNANCE_JOB_POLL_SECONDS: '0.5',
  };
  const regions = await FakeRegions.start(db.url);
  const harness: GovernanceHarness = {
    db,
    running: await startGovernance(env),
    client: undefined as unknown as GraphQLClient,
    regions,
    player: () => {
      const id = randomUUID();
      return { id, token: minter.mint(id) };
    },
    admin: () => {
      const id = randomUUID();
      return { id, token: minter.mint(id, ['PLAYER', 'ADMIN']) };
    },
    async restart(downMs = 0) {
      await harness.running.stop();
      if (downMs) await new Promise((r) => setTimeout(r, downMs));
      harness.running = await startGovernance(env);
      harness.client = new GraphQLClient(`${harness.running.url}/graphql`);
    },
    async events<T>(topic: string) {
      const rows = await queryRows<{ value: string }>(
        db.url,
        `SELECT value FROM eventbus.records WHERE topic = $1 ORDER BY partition, "offset"`,
        [topic],
      );
      return rows.map((r) => JSON.parse(r.value) as { type: string; subject: string; data: T });
    },
    async stop() {
      await harness.running.stop().catch(() => {});
      await regions.stop().catch(() => {});
      await new Promise((resolve) => jwksServer.close(resolve));
      await db.drop();
    },
  };
  harness.client = new GraphQLClient(`${harness.running.url}/graphql`);
  return harness;
}

/** Waits until governance published an event on `topic` matching `match` (relayed to the bus). */
export function waitForEvent<T = Record<string, unknown>>(
  harness: GovernanceHarness,
  topic: string,
  match: (e: { type: string; subject: string; data: T }) => boolean,
  timeoutMs = 15_000,
) {
  return waitFor(`event on ${topic}`, async () => (await harness.events<T>(topic)).find(match), timeoutMs);
}

export const POLICY_FIELDS = `id type title status electorate votingThreshold votesFor votesAgainst voterCount
  approvalPercentage votingClosesAt closedAt implementedAt region { id } proposedBy { id }
  proposedChanges { taxRate immigration pvpMode tariffRate defenseLevel motto traditions }`;
export const PROPOSE = `mutation P($input: ProposePolicyInput!) { proposePolicy(input: $input) { policy { ${POLICY_FIELDS} } } }`;
export const VOTE = `mutation V($input: CastVoteInput!) { castVote(input: $input) { weight policy { ${POLICY_FIELDS} } } }`;
export const CLOSE = `mutation C($input: ClosePolicyVoteInput!) { closePolicyVote(input: $input) { policy { ${POLICY_FIELDS} } } }`;
export const POLICY = `query Q($id: ID!) { policy(id: $id) { ${POLICY_FIELDS} } }`;

export const ELECTION_FIELDS = `id position status startsAt endsAt candidateCount totalVotes voterCount
  termStartsAt termEndsAt completedAt winner { id } candidates { player { id } platform votes stoodAt }`;
export const START_ELECTION = `mutation S($input: StartElectionInput!) { startElection(input: $input) { election { ${ELECTION_FIELDS} } } }`;
export const STAND = `mutation S($input: StandForElectionInput!) { standForElection(input: $input) { election { id candidateCount } candidate { player { id } platform } } }`;
export const VOTE_ELECTION = `mutation V($input: VoteInElectionInput!) { voteInElection(input: $input) { weight election { ${ELECTION_FIELDS} } } }`;
export const ELECTION = `query Q($id: ID!) { election(id: $id) { ${ELECTION_FIELDS} } }`;

export const TREATY_FIELDS =
  'id type status terms durationDays createdAt signedAt endsAt endedAt fromRegion { id } toRegion { id } proposedBy { id }';
export const PROPOSE_TREATY = `mutation P($input: ProposeTreatyInput!) { proposeTreaty(input: $input) { treaty { ${TREATY_FIELDS} } } }`;
export const RESPOND_TREATY = `mutation R($input: RespondToTreatyInput!) { respondToTreaty(input: $input) { treaty { ${TREATY_FIELDS} } } }`;
export const TERMINATE_TREATY = `mutation T($input: TerminateTreatyInput!) { terminateTreaty(input: $input) { treaty { ${TREATY_FIELDS} } } }`;
export const TREATY = `query Q($id: ID!) { treaty(id: $id) { ${TREATY_FIELDS} } }`;

/** A `Region` entity query as the gateway sends it, selecting governance's fields. */
export const REGION_ENTITY = `query E($id: ID!, $status: PolicyStatus, $first: Int! = 20, $after: String) {
  _entities(representations: [{ __typename: "Region", id: $id }]) {
    ... on Region {
      policies(status: $status, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status } }
      }
      elections { totalCount edges { node { id position status candidates { player { id } } } } }
      treaties { totalCount edges { node { id type status } } }
    }
  }
}`;

/** A tax-rate policy input. */
export const taxPolicy = (regionId: string, taxRate = 0.12, votingDays = 30) => ({
  regionId,
  type: 'TAX_RATE',
  title: `Tax to ${taxRate}`,
  description: 'Fund the fleet.',
  proposedChanges: { taxRate },
  votingDays,
});
