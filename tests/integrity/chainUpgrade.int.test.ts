import { afterEach, describe, expect, it } from 'vitest';
import { tamperableLog, type TamperableLog } from './support/tamperableLog.ts';

describe('A log file written before the log-wide chain', () => {
  let log: TamperableLog | undefined;
  afterEach(() => log?.close());

  it('is re-chained once when a store opens it, then verifies', async () => {
    log = await tamperableLog();
    let beforeUpgrade: unknown;
    await log.reopen(() => {
      // What such a file looked like: per-stream hashes, no signed head, user_version 0.
      log!.tamper(`UPDATE events SET prev_hash = '${'0'.repeat(64)}', hash = '${'1'.repeat(64)}';
        DELETE FROM log_head; PRAGMA user_version = 0;`);
      beforeUpgrade = log!.withFile((db) => db.pragma('user_version', { simple: true }));
    });
    expect(beforeUpgrade).toBe(0);
    expect(await log.verify()).toMatchObject({ ok: true, eventsChecked: 12, streamsChecked: 3 });
  });
});
