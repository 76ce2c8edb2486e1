import { ConnectionType } from '@sectorwars/platform';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NexusSector } from '../galaxy/nexus.types';

@ObjectType({ description: "A region's platform warp gate in the Gateway Plaza (sectors 4001–5000)." })
export class NexusGate {
  @Field(() => ID, { description: 'Gate id.' })
  id: string;

  @Field(() => ID, { description: 'The region the gate leads to.' })
  regionId: string;

  @Field({ description: "The region's name (slug) when the gate was assigned." })
  regionName: string;

  @Field(() => Int, { description: 'Gateway Plaza sector number holding the gate, 4001–5000.' })
  sectorNumber: number;

  @Field({ description: 'When the gate was assigned.' })
  assignedAt: Date;

  /** Resolved by the gate resolver (null before the Nexus is generated). */
  sector?: NexusSector | null;
}

@ObjectType({ description: 'A page of warp gates, in assignment order.' })
export class NexusGateConnection extends ConnectionType(NexusGate) {}
