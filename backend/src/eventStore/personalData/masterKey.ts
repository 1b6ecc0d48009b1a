import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { keyFromFile } from '../sqlite/logSigning.ts';

// Residents' data keys are kept wrapped (encrypted) under one master key, so a copy of the
// key store alone opens nothing. Like the log's signing key: from the environment
// (GRIDLINE_PERSONAL_DATA_KEY), else a key file created on first use, mode 600.

export const keysDirectoryName = 'keys';
export const residentKeysFileName = 'residents.sqlite';
export const masterKeyFileName = 'master.key';

/** `<dataDir>/keys/`: the key store and, unless the key is given, the master key file. */
export const keysDirectory = (dataDir: string): string => join(dataDir, keysDirectoryName);

/** 32 bytes for AES-256, whatever the length of the secret it is derived from. */
const derived = (secret: Buffer): Buffer =>
  createHash('sha256').update('gridline personal data master key\n').update(secret).digest();

export const masterKeyFor = (dataDir: string, given: string | undefined): Buffer => {
  if (given !== undefined) return derived(Buffer.from(given, 'utf8'));
  mkdirSync(keysDirectory(dataDir), { recursive: true, mode: 0o700 });
  return derived(keyFromFile(join(keysDirectory(dataDir), masterKeyFileName), { create: true }));
};
