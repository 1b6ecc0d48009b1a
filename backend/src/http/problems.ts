// The handful of typed errors the API answers with, rendered as problem+json
// (RFC 9457) by one middleware: routes throw, they never set 4xx statuses themselves.

export interface ProblemDetail {
  readonly [key: string]: unknown;
}

export class HttpProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly details: ProblemDetail;

  constructor(status: number, title: string, detail: string, details: ProblemDetail = {}) {
    super(detail);
    this.status = status;
    this.title = title;
    this.details = details;
  }
}

export const badRequest = (detail: string, details?: ProblemDetail) =>
  new HttpProblem(400, 'Bad request', detail, details);
export const unauthenticated = (detail = 'Sign in first.') =>
  new HttpProblem(401, 'Unauthenticated', detail);
export const forbidden = (detail: string) => new HttpProblem(403, 'Forbidden', detail);
export const notFound = (detail: string) => new HttpProblem(404, 'Not found', detail);
export const unsupportedMediaType = (detail: string) =>
  new HttpProblem(415, 'Unsupported media type', detail);
export const conflict = (detail: string, details?: ProblemDetail) =>
  new HttpProblem(409, 'Conflict', detail, details);
export const tooManyRequests = (detail: string) =>
  new HttpProblem(429, 'Too many requests', detail);
