import { GlobalRole } from '@sectorwars/platform';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

registerEnumType(GlobalRole, {
  name: 'GlobalRole',
  description: 'Platform-wide role. Region roles (owner, governor, …) belong to the regions subgraph.',
  valuesConfig: {
    ADMIN: { description: 'Platform administrator: manages the Central Nexus, regions and players.' },
    PLAYER: { description: 'Every registered player.' },
  },
});

/** A registered player (table `identity.players`), and the federated `Player` entity. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person playing SectorWars 2102. Other subgraphs extend this entity.' })
@Entity({ name: 'players' })
export class Player {
  @Field(() => ID, { description: 'Player id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Unique public name, 3–24 letters, digits, _ or -. Unique regardless of case.' })
  @Column({ type: 'varchar', length: 24 })
  handle: string;

  @Field({ description: 'Name shown to other players, 1–48 characters.' })
  @Column({ name: 'display_name', type: 'varchar', length: 48 })
  displayName: string;

  /** Lower-cased; exposed only through `Player.email` to the player and admins. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** Argon2id PHC string; never selected unless asked for. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Field(() => [GlobalRole], { description: 'Platform-wide roles.' })
  @Column({ type: 'text', array: true })
  roles: GlobalRole[];

  @Field({ description: 'When the player registered.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
