import type {
  LogAnchor,
  LogBreak,
  LogVerificationReport,
  LogVerifier,
} from '../eventStore/logVerification.ts';
import { describeBreak } from '../eventStore/logVerification.ts';

export type LogIntegrityStatus =
  /** The store keeps no tamper evidence to check (EventStoreDB). */
  | { readonly state: 'not_verifiable'; readonly reason: string }
  | { readonly state: 'unchecked' }
  /**
   * The first check since start is running: reads are served, changes wait for it (a
   * change written now could land on a log the check is about to find doctored).
   */
  | {
      readonly state: 'verifying';
      readonly startedAt: string;
      readonly eventsChecked: number;
      readonly eventsToCheck: number;
    }
  | {
      readonly state: 'verified';
      readonly checkedAt: string;
      readonly mode: 'full' | 'incremental';
      readonly throughPosition: number;
    }
  | {
      readonly state: 'failed';
      readonly checkedAt: string;
      readonly firstBreak: LogBreak;
      readonly breaksFound: number;
    };

/** Writes refused because a check of the log found it doctored. */
export class LogFailedVerificationError extends Error {
  override readonly name = 'LogFailedVerificationError';
  readonly firstBreak: LogBreak;

  constructor(firstBreak: LogBreak) {
    super(
      `The event log failed verification, so no changes are accepted until an operator has looked into it. First break: ${describeBreak(firstBreak)}`,
    );
    this.firstBreak = firstBreak;
  }
}

/** Writes refused because the first check since start has not finished. */
export class LogBeingVerifiedError extends Error {
  override readonly name = 'LogBeingVerifiedError';
  readonly eventsChecked: number;
  readonly eventsToCheck: number;

  constructor(eventsChecked: number, eventsToCheck: number) {
    super(
      `The server is checking the event log after starting (${eventsChecked} of ${eventsToCheck} events); changes are accepted once it verifies. Reads are served meanwhile.`,
    );
    this.eventsChecked = eventsChecked;
    this.eventsToCheck = eventsToCheck;
  }
}

/**
 * Whether the log itself verified and only the anchor the caller gave did not match. That
 * anchor is the caller's claim, not evidence in the log: the caller is told, but a typo
 * (or a bogus anchor sent on purpose) must not stop every writer in the district. A check
 * holds one anchor, so one break of that kind and no other.
 */
const onlyTheAnchorDiffers = (report: LogVerificationReport): boolean =>
  report.breaksFound === 1 && report.firstBreak?.kind === 'anchor_mismatch';

/**
 * What the server knows of its log's integrity. A failed check is final for the life of
 * the process: writing on top of a doctored log would bury the evidence, so writes stay
 * refused until an operator has investigated and restarted. A passing check signs a
 * checkpoint, so the next start resumes from it instead of rereading everything.
 */
export const logIntegrity = (verifier: LogVerifier | undefined, now = () => new Date()) => {
  let status: LogIntegrityStatus = verifier
    ? { state: 'unchecked' }
    : { state: 'not_verifiable', reason: 'this event store keeps no hash chain' };

  const record = (report: LogVerificationReport): LogVerificationReport => {
    const checkedAt = now().toISOString();
    if (!report.ok && onlyTheAnchorDiffers(report)) return report;
    if (!report.ok) {
      status = {
        state: 'failed',
        checkedAt,
        firstBreak: report.firstBreak!,
        breaksFound: report.breaksFound,
      };
    } else if (status.state !== 'failed') {
      status = {
        state: 'verified',
        checkedAt,
        mode: report.mode,
        throughPosition: report.head?.position ?? 0,
      };
    }
    try {
      if (report.ok && report.head) verifier!.recordCheckpoint(report.head);
    } catch {
      // Only an optimisation: without this checkpoint the next start reads further back.
    }
    return report;
  };

  // Auditors asking together share one read of the log instead of one each.
  const inFlight = new Map<string, Promise<LogVerificationReport>>();
  const checkAllOnce = (anchor: LogAnchor | undefined): Promise<LogVerificationReport> => {
    const key = anchor ? `${anchor.position ?? ''}:${anchor.hash}` : '';
    const running = inFlight.get(key);
    if (running) return running;
    const started = verifier!
      .verify({ from: 'start', ...(anchor !== undefined && { anchor }) })
      .then(record)
      .finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  };

  return {
    status: (): LogIntegrityStatus => status,
    /**
     * Throws LogFailedVerificationError once any check has found a break, and
     * LogBeingVerifiedError while the start-up check runs.
     */
    assertWritable(): void {
      if (status.state === 'failed') throw new LogFailedVerificationError(status.firstBreak);
      if (status.state === 'verifying') {
        throw new LogBeingVerifiedError(status.eventsChecked, status.eventsToCheck);
      }
    },
    /**
     * The start-up check: from the last verified checkpoint to the head, or the whole log
     * when there is none. Status `verifying`, with its progress, until it ends.
     */
    checkAtStart: async (): Promise<LogVerificationReport | undefined> => {
      if (!verifier) return undefined;
      const startedAt = now().toISOString();
      status = { state: 'verifying', startedAt, eventsChecked: 0, eventsToCheck: 0 };
      try {
        const report = await verifier.verify({
          from: 'last_checkpoint',
          onProgress: (eventsChecked, eventsToCheck) => {
            if (status.state === 'verifying') {
              status = { state: 'verifying', startedAt, eventsChecked, eventsToCheck };
            }
          },
        });
        return record(report);
      } finally {
        // A check that could not run (an unreadable file) leaves the log unchecked, as before.
        if (status.state === 'verifying') status = { state: 'unchecked' };
      }
    },
    /** The auditors' check: the whole log, against an exported anchor if given. */
    checkAll: async (anchor?: LogAnchor): Promise<LogVerificationReport | undefined> =>
      verifier && checkAllOnce(anchor),
  };
};

export type LogIntegrity = ReturnType<typeof logIntegrity>;
