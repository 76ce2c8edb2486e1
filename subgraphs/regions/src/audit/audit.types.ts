import { ConnectionType } from '@sectorwars/platform';
import { Field, ID, ObjectType } from 'type-graphql';
import { PlayerRef } from '../player/player.ref';

/** One audit record (table `regions.audit_log`). */
@ObjectType({
  description: 'A record of a change made by an admin or a region owner: who, what, when, before and after.',
})
export class AuditEntry {
  @Field(() => ID, { description: 'Audit record id.' })
  id: string;

  /** Player id of the actor; null for the platform itself (e.g. the Original Galaxy at first start). */
  actorId: string | null;

  @Field(() => PlayerRef, { nullable: true, description: 'Who made the change; null for the platform itself.' })
  actor: PlayerRef | null;

  @Field({ description: 'What was done, e.g. `region.economy.update`.' })
  action: string;

  @Field({ description: 'What it was done to, e.g. `region:<id>`.' })
  target: string;

  @Field(() => ID, { description: 'Region the change belongs to.' })
  regionId: string;

  @Field(() => String, { nullable: true, description: 'Values before the change, as JSON text; null for a creation.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'Values after the change, as JSON text.' })
  after: string | null;

  @Field({ description: 'When the change was made.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of audit records, newest first.' })
export class AuditEntryConnection extends ConnectionType(AuditEntry) {}
