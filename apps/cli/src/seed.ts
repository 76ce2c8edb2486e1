/**
 * Demo data for a first `npm start`: the Central Nexus generated, two demo regions with
 * owners and citizens (the Original Galaxy is created by regions itself), and a policy open
 * for votes in Vega Expanse. Every step
 * is idempotent, so a start that stopped half-way finishes the seed on the next one.
 * It goes through the public API as the admin, like any client would.
 */

/** Password of every demo player (documented in the README). */
export const DEMO_PASSWORD = 'demo password 1';

/** The demo regions and their people. */
export const DEMO_REGIONS = [
  { name: 'vega-expanse', displayName: 'Vega Expanse', owner: 'vega', citizens: ['lyra', 'deneb'] },
  { name: 'orion-reach', displayName: 'Orion Reach', owner: 'orion', citizens: ['altair', 'rigel'] },
] as const;

/** Seed of the demo Central Nexus. */
export const DEMO_NEXUS_SEED = 'sectorwars-2102';

type Say = (line: string) => void;

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A minimal client: one POST per operation; throws with the error message and code. */
function client(url: string) {
  return async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<T>;
    if (body.errors?.length) {
      const [first] = body.errors;
      throw Object.assign(new Error(first.message), { code: first.extensions?.code });
    }
    return body.data as T;
  };
}

const codeOf = (error: unknown) => (error as { code?: string }).code;

/**
 * Seeds the demo data through the gateway.
 * @param gatewayUrl the gateway's `/graphql`
 * @param admin credentials of an admin
 * @throws Error when a step fails for another reason than "already done"
 */
export async function seedDemo(
  gatewayUrl: string,
  admin: { email: string; password: string },
  say: Say,
): Promise<void> {
  const gql = client(gatewayUrl);
  const auth = async (email: string, password: string) =>
    (
      await gql<{ login: { accessToken: string; player: { id: string } } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken player { id } } }',
        { input: { email, password } },
      )
    ).login;
  const adminToken = (await auth(admin.email, admin.password)).accessToken;

  await generateNexus(gql, adminToken, say);

  const player = async (handle: string) => {
    const email = `${handle}@demo.sectorwars.local`;
    try {
      const { registerPlayer } = await gql<{ registerPlayer: { accessToken: string; player: { id: string } } }>(
        'mutation($input: RegisterPlayerInput!) { registerPlayer(input: $input) { accessToken player { id } } }',
        { input: { handle, email, password: DEMO_PASSWORD, displayName: handle[0].toUpperCase() + handle.slice(1) } },
      );
      return registerPlayer;
    } catch (error) {
      if (codeOf(error) !== 'CONFLICT') throw error;
      return auth(email, DEMO_PASSWORD);
    }
  };

  for (const demo of DEMO_REGIONS) {
    const owner = await player(demo.owner);
    const found = await gql<{ regionByName: { id: string } | null }>(
      'query($name: String!) { regionByName(name: $name) { id } }',
      {
        name: demo.name,
      },
    );
    let regionId = found.regionByName?.id;
    if (!regionId) {
      const { provisionRegion } = await gql<{ provisionRegion: { region: { id: string } } }>(
        'mutation($input: ProvisionRegionInput!) { provisionRegion(input: $input) { region { id } } }',
        { input: { name: demo.name, displayName: demo.displayName, ownerId: owner.player.id } },
        adminToken,
      );
      regionId = provisionRegion.region.id;
    }
    for (const handle of demo.citizens) {
      const citizen = await player(handle);
      try {
        await gql(
          'mutation($input: JoinRegionInput!) { joinRegion(input: $input) { membership { type } } }',
          { input: { regionId, type: 'CITIZEN' } },
          citizen.accessToken,
        );
      } catch (error) {
        if (codeOf(error) !== 'CONFLICT') throw error;
      }
    }
    say(`  ✔ demo region ${demo.name}: owner ${demo.owner}, citizens ${demo.citizens.join(', ')}`);
    if (demo.name === DEMO_POLICY.region) {
      const proposer = await player(demo.citizens[0]);
      await seedPolicy(gql, regionId, proposer.accessToken);
      say(`  ✔ demo policy "${DEMO_POLICY.title}" open for votes in ${demo.name} (${demo.citizens[0]} voted for)`);
    }
  }
}

/** The demo policy: open for a week, so a new user can vote on it and watch the tally live. */
export const DEMO_POLICY = {
  region: 'vega-expanse',
  title: 'Lower the tax to 8 %',
  description: 'Cheaper trade at Vega ports to draw traders from the Nexus.',
  taxRate: 0.08,
} as const;

/**
 * Proposes the demo policy as `token`'s player (a citizen) and votes for it, unless a policy with
 * its title exists. Governance learns of new citizens from regions' events, so the first
 * attempts may be FORBIDDEN for a moment: they are retried for up to 20 s.
 */
async function seedPolicy(gql: ReturnType<typeof client>, regionId: string, token: string): Promise<void> {
  const { region } = await gql<{ region: { policies: { edges: { node: { title: string } }[] } } }>(
    'query($id: ID!) { region(id: $id) { policies(first: 100) { edges { node { title } } } } }',
    { id: regionId },
    token,
  ).catch(() => ({ region: { policies: { edges: [] } } }));
  if (region.policies.edges.some((e) => e.node.title === DEMO_POLICY.title)) return;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const { proposePolicy } = await gql<{ proposePolicy: { policy: { id: string } } }>(
        'mutation($input: ProposePolicyInput!) { proposePolicy(input: $input) { policy { id } } }',
        {
          input: {
            regionId,
            type: 'TAX_RATE',
            title: DEMO_POLICY.title,
            description: DEMO_POLICY.description,
            proposedChanges: { taxRate: DEMO_POLICY.taxRate },
            votingDays: 7,
          },
        },
        token,
      );
      await gql(
        'mutation($input: CastVoteInput!) { castVote(input: $input) { weight } }',
        { input: { policyId: proposePolicy.policy.id, support: true } },
        token,
      );
      return;
    } catch (error) {
      if (codeOf(error) !== 'FORBIDDEN' || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Generates the Nexus unless it is READY, and follows the job's progress. */
async function generateNexus(gql: ReturnType<typeof client>, token: string, say: Say): Promise<void> {
  const status = async () => (await gql<{ nexus: { status: string } }>('{ nexus { status } }')).nexus.status;
  if ((await status()) === 'NOT_GENERATED') {
    await gql(
      'mutation($input: GenerateNexusInput!) { generateNexus(input: $input) { job { id } } }',
      { input: { seed: DEMO_NEXUS_SEED } },
      token,
    );
    say('  … generating the Central Nexus (5,000 sectors)');
  }
  const deadline = Date.now() + 120_000;
  for (;;) {
    const current = await status();
    if (current === 'READY') break;
    if (current === 'NOT_GENERATED') throw new Error('Central Nexus generation failed (see .data/logs/nexus.log)');
    if (Date.now() > deadline) throw new Error('Central Nexus generation did not finish within 2 minutes');
    await new Promise((r) => setTimeout(r, 250));
  }
  say('  ✔ Central Nexus ready');
}
