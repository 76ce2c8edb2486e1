import { ConnectionType } from '@sectorwars/platform';
import { Field, ID, ObjectType } from 'type-graphql';

/** One admin action on the Central Nexus (table `nexus.audit_log`). */
@ObjectType({ description: 'An admin action on the Central Nexus: who, what, when, before and after.' })
export class NexusAuditEntry {
  @Field(() => ID, { description: 'Audit record id.' })
  id: string;

  @Field(() => ID, { description: 'Player id of the admin who acted.' })
  actorId: string;

  @Field({ description: 'What was done: `nexus.generate` or `nexus.district.regenerate`.' })
  action: string;

  @Field({ description: 'What it was done to: `nexus` or `district:<type>`.' })
  target: string;

  @Field(() => String, { nullable: true, description: 'Summary of the state before, as JSON text.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'What the action asked for, as JSON text.' })
  after: string | null;

  @Field({ description: 'When the action was requested.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of Nexus audit records, newest first.' })
export class NexusAuditEntryConnection extends ConnectionType(NexusAuditEntry) {}
