import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Checkpoints of the log's head are signed with HMAC-SHA256 under a key kept outside the
// log: whoever rewrites the file and recomputes every hash still cannot sign the result.

export const signingKeyFileName = 'log-signing.key';

/** A key shorter than this is refused: it could be guessed offline from one signature. */
const minimumKeyLength = 32;

export class SigningKeyError extends Error {
  override readonly name = 'SigningKeyError';
}

export interface LogSigner {
  sign(message: string): string;
  verify(message: string, signature: string): boolean;
}

export const logSigner = (key: Buffer): LogSigner => {
  if (key.length < minimumKeyLength) {
    throw new SigningKeyError(`the log signing key needs ${minimumKeyLength} bytes or more`);
  }
  const sign = (message: string): string => createHmac('sha256', key).update(message).digest('hex');
  return {
    sign,
    verify: (message, signature) => {
      const expected = Buffer.from(sign(message), 'hex');
      const given = Buffer.from(signature, 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
};

/** What the continuously updated head of the log signs. */
export const headMessage = (position: number, hash: string): string =>
  `gridline log head\n${position}\n${hash}`;

/** What a checkpoint recorded after a passing verification signs. */
export const checkpointMessage = (position: number, hash: string, recordedAt: string): string =>
  `gridline verified checkpoint\n${position}\n${hash}\n${recordedAt}`;

/** The key file beside the log, in the data directory. */
export const signingKeyPath = (databasePath: string): string =>
  join(dirname(databasePath), signingKeyFileName);

const readKeyFile = (path: string): Buffer | undefined => {
  try {
    return Buffer.from(readFileSync(path, 'utf8').trim(), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

/**
 * The key file's key, creating the file on first use. The new key is written aside and
 * linked into place, so two processes opening a fresh store together agree on one key
 * and neither ever reads a half-written file.
 */
export const keyFromFile = (path: string, { create }: { create: boolean }): Buffer => {
  const existing = readKeyFile(path);
  if (existing) return existing;
  if (!create) throw new SigningKeyError(`no log signing key at ${path}`);
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  return readKeyFile(path)!;
};

/** The key given (from the environment), else the data directory's key file. */
export const signingKeyFor = (
  databasePath: string,
  given: string | undefined,
  { create }: { create: boolean },
): Buffer =>
  given !== undefined
    ? Buffer.from(given, 'utf8')
    : keyFromFile(signingKeyPath(databasePath), { create });
