import type Database from 'better-sqlite3';
import type { LogVerifier } from '../../logVerification.ts';
import { checkpointMessage, type LogSigner } from '../logSigning.ts';
import { verifySqliteLog } from './verifySqliteLog.ts';

/**
 * The embedded log's verifier. Checks read on a connection of their own; a checkpoint
 * is written through `writer`, the store's connection, when one is given (a verifier
 * for a file the caller only reads, like the CLI's, records nothing).
 */
export const sqliteLogVerifier = (
  path: string,
  signer: LogSigner,
  writer?: Database.Database,
  now: () => Date = () => new Date(),
): LogVerifier => ({
  verify: (options) => verifySqliteLog(path, signer, options),
  recordCheckpoint({ position, hash }) {
    if (!writer) throw new Error('this verifier reads only; it records no checkpoints');
    const recordedAt = now().toISOString();
    writer
      .prepare(
        'INSERT OR IGNORE INTO checkpoints (position, hash, recorded_at, signature) VALUES (?, ?, ?, ?)',
      )
      .run(position, hash, recordedAt, signer.sign(checkpointMessage(position, hash, recordedAt)));
  },
});
