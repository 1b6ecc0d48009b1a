import type { FuzzRequest } from './fuzzRequests.ts';
import type { FuzzServer } from './fuzzServer.ts';

// Sends one fuzzed request and judges the answer: a 4xx problem+json, or a 2xx as the
// document describes it; never a 5xx; and the log unchanged by anything refused or read.

export interface Verdict {
  readonly status: number;
  /** What was wrong with the answer; undefined when it was a fair one. */
  readonly failure?: string;
}

const cookieHeader = (request: FuzzRequest, server: FuzzServer): Record<string, string> => {
  const { identity } = request;
  if (identity.kind === 'stranger') return {};
  if (identity.kind === 'forged cookie') return { cookie: identity.cookie };
  const session = server.sessions.get(identity.username)!;
  const cookie = {
    plain: `gridline_session=${session.cookie}`,
    quoted: `gridline_session="${session.cookie}"`,
    'among others': `theme=dark; gridline_session=${session.cookie}; lang=zh-CN`,
    twice: `gridline_session=forged; gridline_session=${session.cookie}`,
  }[identity.cookieForm];
  const csrf = {
    right: { 'x-csrf-token': session.csrfToken },
    missing: {},
    wrong: { 'x-csrf-token': `${session.csrfToken.slice(1)}x` },
  }[identity.csrf];
  return { cookie, ...csrf };
};

const urlOf = (request: FuzzRequest, server: FuzzServer): string => {
  const template = request.operation.split(' ')[1]!;
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => request.path[name] ?? '');
  const query = request.query
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  return `${server.api.base}${path}${query ? `?${query}` : ''}`;
};

const bodyOf = (request: FuzzRequest): string | undefined => {
  if (request.method === 'GET') return undefined;
  if (request.body.kind === 'raw') return request.body.text;
  if (request.body.kind === 'json') return JSON.stringify(request.body.value);
  return undefined;
};

const problemFailure = (status: number, contentType: string, text: string): string | undefined => {
  if (!contentType.startsWith('application/problem+json'))
    return `${status} as ${contentType || 'no Content-Type'}, not problem+json: ${text.slice(0, 200)}`;
  try {
    const problem = JSON.parse(text) as Record<string, unknown>;
    if (problem['status'] !== status || typeof problem['title'] !== 'string')
      return `${status} with a problem that does not say so: ${text.slice(0, 200)}`;
  } catch {
    return `${status} with a problem body that is not JSON: ${text.slice(0, 200)}`;
  }
  return undefined;
};

export const sendAndJudge = async (request: FuzzRequest, server: FuzzServer): Promise<Verdict> => {
  const body = bodyOf(request);
  const headers: Record<string, string> = {
    ...(body !== undefined && { 'content-type': 'application/json' }),
    ...request.headers,
    ...cookieHeader(request, server),
  };
  const before = await server.api.lastPosition();
  const url = urlOf(request, server);
  const response = await fetch(url, {
    method: request.method,
    headers,
    ...(body !== undefined && { body }),
  });
  const { status } = response;
  const contentType = response.headers.get('content-type') ?? '';
  // A live stream never ends by itself: its status and type are the answer.
  const text = contentType.startsWith('text/event-stream')
    ? (await response.body?.cancel(), '')
    : await response.text();
  const after = await server.api.lastPosition();
  const judge = (): string | undefined => {
    if (status >= 500) return `${status}: ${text.slice(0, 300)}`;
    if (status >= 400) return problemFailure(status, contentType, text);
    if (status < 200 || status > 299) return `unexpected ${status}`;
    if (contentType.startsWith('text/event-stream'))
      return request.operation === 'GET /api/live' && request.method === 'GET'
        ? undefined
        : 'an event stream from an operation that has none';
    try {
      const parsed = text ? (JSON.parse(text) as unknown) : undefined;
      server.checkAsDocumented(request.method, new URL(url).pathname, status, parsed);
    } catch (error) {
      return `${status} not as documented: ${(error as Error).message.slice(0, 500)}`;
    }
    return undefined;
  };
  const failure =
    judge() ??
    (before !== after && (status >= 300 || request.method === 'GET')
      ? `the log moved from ${before} to ${after} on a ${status} to ${request.method}`
      : undefined);
  if (
    request.identity.kind === 'person' &&
    request.method === 'DELETE' &&
    request.operation === 'DELETE /api/session' &&
    status === 204
  )
    await server.renew(request.identity.username);
  return { status, ...(failure !== undefined && { failure }) };
};
