import type { RequestHandler } from 'express';
import { unsupportedMediaType } from './problems.ts';

const carriesContent = (req: Parameters<RequestHandler>[0]): boolean =>
  req.get('transfer-encoding') !== undefined || Number(req.get('content-length')) > 0;

/**
 * Request bodies are JSON only. Any other body would pass the JSON parser unread and
 * reach the route as no body at all, refused for a missing object, which tells a client
 * that posted a form nothing useful. An empty body is left to the route.
 */
export const jsonBodiesOnly: RequestHandler = (req, _res, next) => {
  if (carriesContent(req) && !req.is('application/json')) {
    const sent = req.get('content-type') ?? 'no Content-Type';
    return next(
      unsupportedMediaType(
        `Send JSON: request bodies are read as application/json only, and this one came as ${sent}.`,
      ),
    );
  }
  next();
};
