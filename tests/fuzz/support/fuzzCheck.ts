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
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
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

/**
 * A live stream answers 200 before it replays; a replay that fails ends it without `ready`,
 * a 500 in disguise. So read it until `ready` (or `reset`, then `ready`), each event's
 * data JSON, and only then let it go.
 */
const streamFailure = async (response: Response): Promise<string | undefined> => {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const timeout = setTimeout(() => void reader.cancel(), 5_000);
  try {
    while (!/^event: ready$/m.test(text)) {
      const { done, value } = await reader.read();
      if (done) return `the live stream ended before "ready": ${text.slice(0, 300)}`;
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    return `the live stream failed before "ready": ${(error as Error).message}`;
  } finally {
    clearTimeout(timeout);
    await reader.cancel().catch(() => {});
  }
  for (const line of text.split('\n').filter((found) => found.startsWith('data: '))) {
    try {
      JSON.parse(line.slice('data: '.length));
    } catch {
      return `the live stream sent data that is not JSON: ${line.slice(0, 200)}`;
    }
  }
  return undefined;
};

/** Whether the document has an operation for this method and path (HEAD: its GET). */
const documented = (server: FuzzServer, method: string, pathname: string): boolean =>
  server.operations.some(
    (operation) =>
      operation.method === (method === 'HEAD' ? 'GET' : method) &&
      new RegExp(`^${operation.template.replace(/\{\w+\}/g, '[^/]+')}$`).test(pathname),
  );

export const sendAndJudge = async (request: FuzzRequest, server: FuzzServer): Promise<Verdict> => {
  const body = bodyOf(request);
  const headers: Record<string, string> = {
    ...(body !== undefined && { 'content-type': 'application/json' }),
    ...request.headers,
    ...cookieHeader(request, server),
  };
  const before = await server.api.lastPosition();
  const url = urlOf(request, server);
  // Express routes `/api/cases/` as `/api/cases` (non-strict routing): judge it as that.
  const pathname = new URL(url).pathname.replace(/(.)\/$/, '$1');
  const response = await fetch(url, {
    method: request.method,
    headers,
    ...(body !== undefined && { body }),
  });
  const { status } = response;
  const contentType = response.headers.get('content-type') ?? '';
  const isStream = contentType.startsWith('text/event-stream');
  const live = request.method === 'GET' && pathname === '/api/live';
  const readStream = isStream && live && status === 200;
  const streamed = readStream ? await streamFailure(response) : undefined;
  // Any other stream is let go unread: its status and type are the answer.
  if (isStream && !readStream) await response.body?.cancel();
  const text = isStream ? '' : await response.text();
  const after = await server.api.lastPosition();
  const judge = (): string | undefined => {
    if (status >= 500) return `${status}: ${text.slice(0, 300)}`;
    if (status >= 400)
      return request.method === 'HEAD'
        ? contentType.startsWith('application/problem+json')
          ? undefined
          : `${status} to HEAD as ${contentType}`
        : problemFailure(status, contentType, text);
    if (status < 200 || status > 299) return `unexpected ${status}`;
    if (!documented(server, request.method, pathname))
      return `${status} to ${request.method} ${pathname}, which the document does not list`;
    if (isStream) return live || request.method === 'HEAD' ? streamed : 'an unlisted event stream';
    if (request.method === 'HEAD') return undefined;
    try {
      const parsed = text ? (JSON.parse(text) as unknown) : undefined;
      server.checkAsDocumented(request.method, pathname, status, parsed);
    } catch (error) {
      return `${status} not as documented: ${(error as Error).message.slice(0, 500)}`;
    }
    return undefined;
  };
  const reads = request.method === 'GET' || request.method === 'HEAD';
  const failure =
    judge() ??
    (before !== after && (status >= 300 || reads)
      ? `the log moved from ${before} to ${after} on a ${status} to ${request.method}`
      : undefined);
  const opened = status === 201 && /^\/api\/cases\/(disputes|issues)$/.test(pathname);
  if (opened) server.world.caseIds.push((JSON.parse(text) as { id: string }).id);
  // Signing in again, or out, ends the session the request carried: the harness signs
  // that person in afresh, so the runs after it are not all refused 401.
  if (request.identity.kind === 'person' && pathname === '/api/session')
    await server.renew(request.identity.username);
  return { status, ...(failure !== undefined && { failure }) };
};
