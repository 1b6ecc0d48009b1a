import type { RequestHandler } from 'express';
import type { LogIntegrity } from '../application/logIntegrity.ts';

const reads = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Once the log failed verification, every change is refused before it starts (503, with
 * the break), whatever its body: nothing may be written on top of doctored history.
 * Reads go on, so auditors can look into what happened. While the check after start
 * runs, changes are refused the same way (503 with Retry-After): they wait for it.
 */
export const refuseWritesWhileLogBroken =
  (integrity: LogIntegrity): RequestHandler =>
  (req, _res, next) => {
    if (!reads.has(req.method)) integrity.assertWritable();
    next();
  };
