import { EventValidationError } from '@gridline/events';
import { ConcurrencyConflict } from '../application/concurrencyConflict.ts';
import { IdempotencyKeyReused } from '../application/idempotencyKeyReused.ts';
import { WriteOutcomeUnknown } from '../application/writeOutcomeUnknown.ts';
import { PersonalDataGone } from '../application/cases/personalDataGone.ts';
import { LogBeingVerifiedError, LogFailedVerificationError } from '../application/logIntegrity.ts';
import { DomainError } from '../domain/domainError.ts';
import { ReadModelsBehind } from '../readModels/readModelsBehind.ts';
import { AuditedEventMissing } from './auditLogEntries.ts';
import { HttpProblem } from './problems.ts';

const domainStatus = { forbidden: 403, not_found: 404, illegal_state: 409, invalid: 400 } as const;
const domainTitle = {
  forbidden: 'Forbidden',
  not_found: 'Not found',
  illegal_state: 'Not allowed in the current state',
  invalid: 'Invalid command',
} as const;

/** The domain's and the application's typed errors, as the HTTP problems they are. */
export const knownErrorAsProblem = (error: unknown): HttpProblem | undefined => {
  if (error instanceof DomainError) {
    return new HttpProblem(domainStatus[error.kind], domainTitle[error.kind], error.message);
  }
  if (error instanceof PersonalDataGone) {
    return new HttpProblem(410, 'Erased', error.message, {
      caseId: error.caseId,
      fields: [...error.fields],
    });
  }
  if (error instanceof AuditedEventMissing) {
    // The server's fault, said plainly: the read model needs a rebuild (docs/read-models.md).
    return new HttpProblem(500, 'Audit log out of step with the log', error.message);
  }
  if (error instanceof ReadModelsBehind) {
    return new HttpProblem(503, 'Read models catching up', error.message, { retryAfterSeconds: 1 });
  }
  if (error instanceof ConcurrencyConflict) {
    return new HttpProblem(409, 'Conflict', error.message, {
      currentRevision:
        error.currentRevision === 'no_stream' ? null : error.currentRevision.toString(),
      currentState: error.currentState,
    });
  }
  if (error instanceof IdempotencyKeyReused) {
    return new HttpProblem(422, 'Idempotency-Key reused', error.message, {
      idempotencyKey: error.key,
    });
  }
  if (error instanceof WriteOutcomeUnknown) {
    // Not a 500: nothing is broken, but only a reload can tell the client what happened.
    return new HttpProblem(503, 'Outcome unknown', error.message);
  }
  if (error instanceof EventValidationError) {
    // Payloads are validated on the way in, so this is input the payload schema let
    // through but the event schema refuses: still the client's to fix.
    return new HttpProblem(400, 'Invalid event', error.message, { issues: error.issues });
  }
  if (error instanceof LogFailedVerificationError) {
    return new HttpProblem(503, 'Log failed verification', error.message, {
      firstBreak: error.firstBreak,
    });
  }
  if (error instanceof LogBeingVerifiedError) {
    return new HttpProblem(503, 'Log being verified', error.message, {
      retryAfterSeconds: 5,
      eventsChecked: error.eventsChecked,
      eventsToCheck: error.eventsToCheck,
    });
  }
  return undefined;
};
