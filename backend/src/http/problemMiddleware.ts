import type { ErrorRequestHandler, RequestHandler } from 'express';
import { knownErrorAsProblem } from './knownErrors.ts';
import { HttpProblem } from './problems.ts';

const send = (
  res: Parameters<RequestHandler>[1],
  status: number,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
): void => {
  res
    .status(status)
    .type('application/problem+json')
    .send(
      JSON.stringify(
        { type: 'about:blank', title, status, detail, ...extra },
        (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
      ),
    );
};

export const notFoundRoute: RequestHandler = (req, res) =>
  send(res, 404, 'Not found', `No route for ${req.method} ${req.path}`);

/**
 * Express answers an OPTIONS request itself, 200 with a text/plain list of the path's
 * methods, for anyone. The API serves no other origin (no CORS), so OPTIONS is answered
 * as every method no route takes: 404 problem+json.
 */
export const noAutomaticOptions: RequestHandler = (req, res, next) =>
  req.method === 'OPTIONS' ? notFoundRoute(req, res, next) : next();

/**
 * One place maps errors to HTTP. Errors Express raises for what a client sent
 * (malformed JSON, body too large) keep their 4xx; anything unexpected is a 500
 * with no internals in the body, and is logged.
 */
export const problemMiddleware: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const problem = error instanceof HttpProblem ? error : knownErrorAsProblem(error);
  if (problem) {
    // Problems that pass with time say when to try again, in the header clients obey.
    const { retryAfterSeconds } = problem.details;
    if (typeof retryAfterSeconds === 'number') res.set('Retry-After', String(retryAfterSeconds));
    return send(res, problem.status, problem.title, problem.message, { ...problem.details });
  }
  const status =
    typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
  if (status >= 400 && status < 500) {
    const message = error instanceof Error ? error.message : 'The request was not understood.';
    return send(res, status, 'Bad request', message);
  }
  console.error(`${req.method} ${req.originalUrl} failed`, error);
  send(res, 500, 'Internal server error', 'Something went wrong on our side; it has been logged.');
};
