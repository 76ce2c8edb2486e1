import { randomUUID } from 'node:crypto';
import { CloudEvent } from 'cloudevents';
import type { z } from 'zod';
import type { EventDefinition } from './catalog/define';

/** A CloudEvents 1.0 envelope in structured JSON form. */
export interface EventEnvelope<T = unknown> {
  specversion: '1.0';
  /** Event id (UUID): consumers record it to skip redeliveries. */
  id: string;
  /** Emitting service, e.g. `sectorwars.identity`. */
  source: string;
  /** Catalog type, e.g. `sectorwars.identity.player.registered.v1`. */
  type: string;
  /** Aggregate id; also the transport key. */
  subject: string;
  /** ISO-8601 time the event happened. */
  time: string;
  datacontenttype: 'application/json';
  data: T;
}

/** Data that does not satisfy its event's schema (thrown at publish, before anything is written). */
export class EventSchemaError extends Error {
  constructor(
    readonly type: string,
    readonly issues: string,
  ) {
    super(`Event ${type} refused: ${issues}`);
    this.name = 'EventSchemaError';
  }
}

const describeIssues = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(data)'}: ${i.message}`).join('; ');

/**
 * Builds a validated envelope.
 * @throws EventSchemaError when `data` fails the definition's schema
 */
export function createEnvelope<S extends z.ZodType>(
  definition: EventDefinition<S>,
  event: { subject: string; data: z.input<S>; source: string; id?: string; time?: Date },
): EventEnvelope<z.infer<S>> {
  const parsed = definition.schema.safeParse(event.data);
  if (!parsed.success) throw new EventSchemaError(definition.type, describeIssues(parsed.error));
  const cloudEvent = new CloudEvent<z.infer<S>>(
    {
      specversion: '1.0',
      id: event.id ?? randomUUID(),
      source: event.source,
      type: definition.type,
      subject: event.subject,
      time: (event.time ?? new Date()).toISOString(),
      datacontenttype: 'application/json',
      data: parsed.data,
    },
    true,
  );
  return cloudEvent.toJSON() as unknown as EventEnvelope<z.infer<S>>;
}

/**
 * Parses a received envelope and checks it is a valid CloudEvent.
 * @throws Error describing why it is not
 */
export function parseEnvelope(value: string): EventEnvelope {
  const raw = JSON.parse(value) as Record<string, unknown>;
  const cloudEvent = new CloudEvent(raw as never, true);
  if (!cloudEvent.subject) throw new Error('envelope has no subject');
  return cloudEvent.toJSON() as unknown as EventEnvelope;
}

/**
 * Validates an envelope's data against its definition.
 * @returns the parsed data, or the reason it is refused
 */
export function validateData(
  definition: EventDefinition,
  envelope: EventEnvelope,
): { ok: true; data: unknown } | { ok: false; reason: string } {
  const parsed = definition.schema.safeParse(envelope.data);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reason: describeIssues(parsed.error) };
}
