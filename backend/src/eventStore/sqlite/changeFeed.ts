import type Database from 'better-sqlite3';

/**
 * Tells live subscriptions that the log has grown. Commits from this process announce
 * themselves; commits from other processes sharing the file are noticed by polling
 * `PRAGMA data_version`, which only changes when another connection commits. The poll
 * runs only while someone is waiting.
 */
export const changeFeed = (db: Database.Database, pollIntervalMs: number) => {
  let counter = 0;
  const waiters = new Set<() => void>();
  let timer: NodeJS.Timeout | undefined;
  let lastDataVersion = db.pragma('data_version', { simple: true }) as number;

  const announce = (): void => {
    counter += 1;
    for (const wake of [...waiters]) wake();
  };

  const poll = (): void => {
    if (!db.open) return;
    const dataVersion = db.pragma('data_version', { simple: true }) as number;
    if (dataVersion !== lastDataVersion) {
      lastDataVersion = dataVersion;
      announce();
    }
  };

  const syncTimer = (): void => {
    if (waiters.size > 0 && !timer) {
      timer = setInterval(poll, pollIntervalMs);
    } else if (waiters.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  return {
    announce,
    changes: (): number => counter,
    changedSince: (seen: number, signal: AbortSignal): Promise<void> =>
      new Promise<void>((resolve) => {
        if (counter !== seen || signal.aborted) return resolve();
        const wake = (): void => {
          waiters.delete(wake);
          signal.removeEventListener('abort', wake);
          syncTimer();
          resolve();
        };
        waiters.add(wake);
        signal.addEventListener('abort', wake, { once: true });
        syncTimer();
      }),
    stop: (): void => {
      for (const wake of [...waiters]) wake();
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
};
