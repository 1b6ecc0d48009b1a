import type { Actor } from '@gridline/events';

/** Everything about a command that is not its payload: who, when, why, and how to retry. */
export interface CommandContext {
  readonly actor: Actor;
  /** Shared by every event one request (or one process run) leads to. */
  readonly correlationId: string;
  /** The request or event that directly caused this command. */
  readonly causationId: string;
  /** Client clock: when the person says it happened. */
  readonly occurredAt: Date;
  /** Server clock. */
  readonly now: Date;
  /** The stream revision the client saw (If-Match); absent means "whatever is current". */
  readonly expectedRevision?: bigint | 'no_stream';
  readonly idempotencyKey?: string;
}
