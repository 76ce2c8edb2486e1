import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The federated `Player` entity as the regions subgraph sees it: only the key.
 * identity resolves every other field; regions contributes `Player.memberships`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Player', { description: 'A person playing SectorWars 2102. Other subgraphs extend this entity.' })
export class PlayerRef {
  @Field(() => ID, { description: 'Player id (UUID).' })
  id: string;
}

/** Federation entity resolver: a `Player` reference is just its id here. */
export const resolvePlayerReference = (reference: { id: string }): PlayerRef => ({ id: reference.id });
