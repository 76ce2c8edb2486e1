import type { z } from 'zod';

/** Default partition count of an event topic (Kafka and the Postgres bus alike). */
export const DEFAULT_PARTITIONS = 4;

/**
 * One event type of the catalog. `type` follows
 * `sectorwars.<service>.<aggregate>.<event>.v<version>`; every event of an
 * aggregate goes to the topic `sectorwars.<service>.<aggregate>`, keyed by the
 * aggregate id (the CloudEvents `subject`), so one aggregate's events stay in order.
 */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  type: string;
  version: number;
  /** Emitting service, e.g. `identity`. */
  service: string;
  aggregate: string;
  topic: string;
  partitions: number;
  /** Schema of `data`: publishing or consuming data that fails it is refused. */
  schema: S;
  /** Who emits it and who consumes it, and why. */
  description: string;
  consumedBy: string[];
}

/** `data` of an event definition. */
export type EventData<D extends EventDefinition> = z.infer<D['schema']>;

const registry = new Map<string, EventDefinition>();

/**
 * Declares (and registers) an event type.
 * @throws Error when the same type is declared twice with another topic
 */
export function defineEvent<S extends z.ZodType>(spec: {
  service: string;
  aggregate: string;
  event: string;
  version: number;
  schema: S;
  description: string;
  consumedBy: string[];
  partitions?: number;
}): EventDefinition<S> {
  const topic = `sectorwars.${spec.service}.${spec.aggregate}`;
  const definition: EventDefinition<S> = {
    type: `${topic}.${spec.event}.v${spec.version}`,
    version: spec.version,
    service: spec.service,
    aggregate: spec.aggregate,
    topic,
    partitions: spec.partitions ?? DEFAULT_PARTITIONS,
    schema: spec.schema,
    description: spec.description,
    consumedBy: spec.consumedBy,
  };
  const existing = registry.get(definition.type);
  if (existing && existing.topic !== topic) throw new Error(`event type ${definition.type} declared twice`);
  registry.set(definition.type, definition as EventDefinition);
  return definition;
}

/** @returns the registered definition of `type`, if any */
export const eventDefinition = (type: string): EventDefinition | undefined => registry.get(type);

/** Every registered definition (for topic lists and docs). */
export const allEventDefinitions = (): EventDefinition[] => [...registry.values()];
