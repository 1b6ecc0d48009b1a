import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { LogVerifier } from '../../logVerification.ts';
import { logSigner, signingKeyFor } from '../logSigning.ts';
import { sqliteLogVerifier } from './sqliteLogVerifier.ts';
import { UnverifiableLogError } from './verifySqliteLog.ts';

/**
 * A verifier for a log file this process does not write, as the CLI and tests use it.
 * It never creates the file or a key: a new key would make every signature look forged.
 */
export const readOnlyLogVerifier = (path: string, signingKey?: string): LogVerifier => {
  if (!existsSync(path)) throw new UnverifiableLogError(`there is no log at ${path}`);
  return sqliteLogVerifier(path, logSigner(signingKeyFor(path, signingKey, { create: false })));
};

/** The log's last event, unverified: what an operator exports as an anchor. */
export const readOnlyLogHead = (path: string): { position: number; hash: string } | undefined => {
  if (!existsSync(path)) throw new UnverifiableLogError(`there is no log at ${path}`);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[], { position: number; hash: string }>(
        'SELECT position, hash FROM events ORDER BY position DESC LIMIT 1',
      )
      .get();
  } finally {
    db.close();
  }
};
