/** One field the server refused, as the problem's `errors` list names it (`parties[0].phone`). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * A refused or failed request, from the server's problem+json (RFC 9457) or from the network.
 * `status` 0 means the server was not reached.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly fieldProblems: readonly FieldProblem[];
  /** The rest of the problem's members (`currentRevision`, `currentState`, …). */
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(status: number, title: string, detail: string, body: Record<string, unknown> = {}) {
    super(`${status} ${title}: ${detail}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fieldProblems = Array.isArray(body['errors']) ? body['errors'].filter(isFieldProblem) : [];
    this.extra = body;
  }
}

const isFieldProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as FieldProblem).field === 'string' &&
  typeof (value as FieldProblem).message === 'string';

export const isApiProblem = (error: unknown): error is ApiProblem => error instanceof ApiProblem;

/** What kind of refusal it is, for the words the console shows. */
export type ProblemKind =
  | 'network'
  | 'invalid'
  | 'signedOut'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'throttled'
  | 'unavailable'
  | 'server';

export const problemKind = (problem: ApiProblem): ProblemKind => {
  const { status } = problem;
  if (status === 0) return 'network';
  if (status === 401) return 'signedOut';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status === 429) return 'throttled';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'server';
  return 'invalid';
};

/** `parties[0].phone` → `['parties', 0, 'phone']`, the path a form field is named by. */
export const fieldPath = (field: string): (string | number)[] =>
  field
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
