import { ConnectionType } from '@sectorwars/platform';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';

/** Kinds of membership in a region. Stored lower-case. */
export enum MembershipType {
  CITIZEN = 'citizen',
  RESIDENT = 'resident',
  VISITOR = 'visitor',
  NOMADIC_TRADER = 'nomadic_trader',
}

/**
 * Default voting power by membership type: citizens and residents 1 (only they vote,
 * ARCHITECTURE.md), visitors and nomadic traders 0. Governance may raise it up to 5.
 */
export const DEFAULT_VOTING_POWER: Record<MembershipType, number> = {
  citizen: 1,
  resident: 1,
  visitor: 0,
  nomadic_trader: 0,
};

registerEnumType(MembershipType, {
  name: 'MembershipType',
  description: 'How a player belongs to a region.',
  valuesConfig: {
    CITIZEN: { description: 'Full member: votes (voting power 1) and receives the starting credits once.' },
    RESIDENT: { description: 'Lives in the region: votes (voting power 1), no starting credits.' },
    VISITOR: { description: 'Passing through: no vote (voting power 0).' },
    NOMADIC_TRADER: { description: 'Trades across regions: no vote (voting power 0).' },
  },
});

@ObjectType({ description: 'A ship a player keeps in a region.' })
export class RegionalShip {
  @Field(() => ID, { description: 'Ship id.' })
  id: string;

  @Field({ description: 'Ship type, e.g. `scout`.' })
  type: string;

  @Field({ description: 'Ship name.' })
  name: string;
}

@ObjectType({ description: 'A quantity of one resource held as cargo.' })
export class CargoItem {
  @Field({ description: 'Resource key, e.g. `ore`.' })
  resource: string;

  @Field(() => Int, { description: 'Units held.' })
  quantity: number;
}

@ObjectType({
  description: 'What a player holds inside one region. Visible to the player, the region owner and admins.',
})
export class RegionalAssets {
  @Field(() => Int, { description: 'Credits (integer).' })
  credits: number;

  @Field(() => [RegionalShip], { description: 'Ships kept in the region.' })
  ships: RegionalShip[];

  @Field(() => [CargoItem], { description: 'Cargo held in the region, sorted by resource.' })
  cargo: CargoItem[];
}

/** A player's membership in a region (table `regions.memberships`). */
@ObjectType({ description: "A player's membership in a region." })
export class Membership {
  /** Region id; exposed as `region`. */
  regionId: string;
  /** Player id; exposed as `player`. */
  playerId: string;

  @Field(() => MembershipType, { description: 'Kind of membership.' })
  type: MembershipType;

  @Field(() => Int, { description: 'Reputation in the region, −1000…1000; starts at 0.' })
  reputation: number;

  @Field(() => Float, { description: 'Weight of this member’s vote, 0–5 (citizens and residents 1 by default).' })
  votingPower: number;

  @Field({ description: 'When the player joined (or last changed membership type).' })
  joinedAt: Date;

  @Field({ description: 'When the player was last active in the region.' })
  lastActiveAt: Date;
}

@ObjectType({ description: 'A page of region members.' })
export class MembershipConnection extends ConnectionType(Membership) {}

@InputType({ description: 'The region to join and how.' })
export class JoinRegionInput {
  @Field(() => ID, { description: 'Region id.' })
  regionId: string;

  @Field(() => MembershipType, { description: 'Kind of membership.' })
  type: MembershipType;
}

export const joinRegionSchema = z.object({
  regionId: z.uuid('must be a region id (UUID)'),
  type: z.enum(MembershipType, { message: 'must be a membership type' }),
});
export type JoinRegion = z.infer<typeof joinRegionSchema>;

@InputType({ description: 'The region to leave.' })
export class LeaveRegionInput {
  @Field(() => ID, { description: 'Region id.' })
  regionId: string;
}

export const leaveRegionSchema = z.object({ regionId: z.uuid('must be a region id (UUID)') });

@ObjectType({ description: 'Result of joining a region (or changing membership type).' })
export class JoinRegionPayload {
  @Field(() => Membership, { description: 'The membership now in force.' })
  membership: Membership;
}

@ObjectType({ description: 'Result of leaving a region.' })
export class LeaveRegionPayload {
  @Field(() => ID, { description: 'Region left.' })
  regionId: string;

  @Field(() => MembershipType, { description: 'The membership type the player had.' })
  previousType: MembershipType;
}
