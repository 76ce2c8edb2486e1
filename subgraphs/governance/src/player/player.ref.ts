import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The federated `Player` entity as governance sees it: only the key. identity resolves
 * every other field (`handle`, `displayName`…). Used by `Policy.proposedBy`,
 * `Candidate.player`, `Election.winner` and `Treaty.proposedBy`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Player', { description: 'A person playing SectorWars 2102. Other subgraphs extend this entity.' })
export class PlayerRef {
  @Field(() => ID, { description: 'Player id (UUID).' })
  id: string;
}

/** Federation entity resolver: a `Player` reference is just its id here. */
export const resolvePlayerReference = (reference: { id: string }): PlayerRef => ({ id: reference.id });

/** A `Player` stub for an id (null stays null). */
export const playerRef = (id: string | null): PlayerRef | null => (id ? { id } : null);
