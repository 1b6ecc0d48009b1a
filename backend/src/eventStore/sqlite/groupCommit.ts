import type Database from 'better-sqlite3';

interface Pending<T> {
  readonly work: () => T;
  readonly resolve: (value: T) => void;
  readonly reject: (error: unknown) => void;
}

/** Errors a single piece of work may throw without spoiling the others in its batch. */
export type IsRequestError = (error: unknown) => boolean;

/**
 * Group commit: work queued while a commit is under way runs together in the next
 * IMMEDIATE transaction, so one fsync (synchronous=FULL) acknowledges the whole
 * group. Each piece runs in its own savepoint, so one failed expectation rolls back
 * only its own writes; results are handed out only after the commit succeeded.
 * `seal` runs last inside the transaction of every group that wrote something, so what
 * it records (the signed head of the log) commits atomically with the group.
 */
export const groupCommitter = (
  db: Database.Database,
  isRequestError: IsRequestError,
  maxGroupSize = 1000,
  seal: () => void = () => {},
) => {
  let queue: Pending<unknown>[] = [];
  let scheduled = false;
  let idle: Promise<void> = Promise.resolve();
  let markIdle: () => void = () => {};
  const listeners = new Set<() => void>();

  const flush = (): void => {
    const group = queue.slice(0, maxGroupSize);
    queue = queue.slice(maxGroupSize);
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      db.transaction(() => {
        for (const pending of group) {
          try {
            outcomes.push({ ok: true, value: db.transaction(pending.work)() });
          } catch (error) {
            if (!isRequestError(error)) throw error;
            outcomes.push({ ok: false, error });
          }
        }
        if (outcomes.some((outcome) => outcome.ok)) seal();
      }).immediate();
    } catch (error) {
      for (const pending of group) pending.reject(error);
      return next();
    }
    group.forEach((pending, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) pending.resolve(outcome.value);
      else pending.reject(outcome.error);
    });
    if (outcomes.some((outcome) => outcome.ok)) for (const listener of listeners) listener();
    next();
  };

  const next = (): void => {
    if (queue.length > 0) {
      setImmediate(flush);
      return;
    }
    scheduled = false;
    markIdle();
  };

  return {
    submit<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve, reject } as Pending<unknown>);
        if (!scheduled) {
          scheduled = true;
          idle = new Promise((done) => (markIdle = done));
          setImmediate(flush);
        }
      });
    },
    /** Called after every commit that wrote something. */
    onCommit(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Resolves when nothing is queued. */
    drained: (): Promise<void> => idle,
  };
};
