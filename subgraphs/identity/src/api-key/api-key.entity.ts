import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a key may do. */
export enum ApiKeyScope {
  READ = 'read',
  WRITE = 'write',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'Permission carried by an API key.',
  valuesConfig: {
    READ: { description: 'Run queries as the key owner.' },
    WRITE: { description: 'Also run mutations as the key owner.' },
  },
});

/** A third-party API key (table `identity.api_keys`); only its SHA-256 is stored. */
@ObjectType({ description: 'An API key for a third-party app. The secret itself is shown once, at creation.' })
@Entity({ name: 'api_keys' })
export class ApiKey {
  @Field(() => ID, { description: 'Key id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'player_id', type: 'uuid' })
  playerId: string;

  @Field({ description: 'Label given by the owner, 1–64 characters.' })
  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Field({ description: 'First characters of the key (`sw_xxxxxxxx`), to recognise it.' })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash: string;

  @Field(() => [ApiKeyScope], { description: 'Permissions of the key.' })
  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  @Field({ description: 'When the key was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Last time the key was used (to the minute), null if never.' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; a revoked key is refused.' })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
