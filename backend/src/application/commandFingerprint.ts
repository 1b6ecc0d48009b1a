import { createHash } from 'node:crypto';
import type { CommandRequest } from './handleStreamCommand.ts';

const sortedKeys = (_key: string, value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
      )
    : value;

/** Same type and payload (whatever the key order) → same fingerprint. */
export const commandFingerprint = ({ type, payload }: CommandRequest): string =>
  createHash('sha256')
    .update(type)
    .update('\n')
    .update(JSON.stringify(payload ?? null, sortedKeys))
    .digest('hex');
