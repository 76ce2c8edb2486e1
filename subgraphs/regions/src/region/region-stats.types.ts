import { Field, Int, ObjectType } from 'type-graphql';
import { MembershipType } from '../membership/membership.types';

/** Days a member counts as active after their last activity in the region (`RegionStats.activeMembers`). */
export const ACTIVE_WINDOW_DAYS = 7;

@ObjectType({ description: 'How many members of one type a region has.' })
export class MembershipTypeCount {
  @Field(() => MembershipType, { description: 'Membership type.' })
  type: MembershipType;

  @Field(() => Int, { description: 'Members of this type (0 when none).' })
  count: number;
}

@ObjectType({ description: 'How many sectors of a region have one development level.' })
export class DevelopmentLevelCount {
  @Field(() => Int, { description: 'Development level, 1–10.' })
  level: number;

  @Field(() => Int, { description: 'Sectors at this level (levels with no sector are left out).' })
  sectors: number;
}

/** Figures about one region, computed when asked (one SQL statement). */
@ObjectType({
  description: 'Figures about a region, computed when asked. Readable by its owner, its members and admins.',
})
export class RegionStats {
  @Field(() => Int, { description: 'All current members.' })
  totalMembers: number;

  @Field(() => [MembershipTypeCount], {
    description: 'Members by type, every type listed (citizen, resident, visitor, nomadic trader order).',
  })
  population: MembershipTypeCount[];

  @Field(() => Int, {
    description:
      'Members active in the region within the last `activeWindowDays` days (by `Membership.lastActiveAt`, which joining or changing type sets).',
  })
  activeMembers: number;

  @Field(() => Int, { description: `Days of the activity window of \`activeMembers\` (${ACTIVE_WINDOW_DAYS}).` })
  activeWindowDays: number;

  @Field(() => [DevelopmentLevelCount], {
    description: 'Sectors by development level, lowest level first; levels with no sector are left out.',
  })
  sectorsByDevelopmentLevel: DevelopmentLevelCount[];

  @Field(() => Int, {
    description:
      "Credits of tax paid into the treasury within the last `taxIncomeWindowDays` days (port trades × the region's tax rate).",
  })
  taxIncome: number;

  @Field(() => Int, { description: 'Days of the window of `taxIncome` (30).' })
  taxIncomeWindowDays: number;

  @Field(() => Int, { description: "Credits in the region's treasury now." })
  treasury: number;
}
