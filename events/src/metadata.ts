import * as z from 'zod';
import { idSchema, timestampSchema } from './primitives.ts';
import { actorRoleSchema, scopeSchema } from './roles.ts';

export const actorSchema = z.strictObject({
  personId: idSchema,
  role: actorRoleSchema,
  scope: scopeSchema,
});
export type Actor = z.infer<typeof actorSchema>;

/** The envelope every event is stored with, whatever its type. */
export const eventMetadataSchema = z.strictObject({
  eventId: z.uuid(),
  actor: actorSchema,
  /** Shared by every event that one user action or process run led to. */
  correlationId: idSchema,
  /** The command or event that directly caused this one. */
  causationId: idSchema,
  /** Client clock: when the worker says it happened (field work is often recorded later). */
  occurredAt: timestampSchema,
  /** Server clock: when the store accepted it. */
  recordedAt: timestampSchema,
  /** The version of the event type's data schema it was written with. */
  schemaVersion: z.int().positive(),
});
export type EventMetadata = z.infer<typeof eventMetadataSchema>;
