import { ApiProblem } from './apiProblem.ts';
import { useSessionStore } from '../session/sessionStore.ts';

export interface ApiRequest {
  readonly method?: 'GET' | 'POST' | 'DELETE';
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal | undefined;
}

/** A JSON answer with the headers a caller may need (ETag, X-Event-Position). */
export interface ApiAnswer<Body> {
  readonly body: Body;
  readonly headers: Headers;
}

const problemFrom = async (response: Response): Promise<ApiProblem> => {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const title = typeof body['title'] === 'string' ? body['title'] : response.statusText;
  const detail = typeof body['detail'] === 'string' ? body['detail'] : '';
  return new ApiProblem(response.status, title, detail, body);
};

/**
 * Every call to the API goes through here: JSON in and out, the session's CSRF token on
 * changes, problems thrown as ApiProblem. A 401 ends the session in the store, which sends
 * the person to sign-in and back (see RequireSession).
 */
export async function apiRequest<Body>(
  path: string,
  request: ApiRequest = {},
): Promise<ApiAnswer<Body>> {
  const method = request.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  const csrfToken = useSessionStore.getState().csrfToken;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
      ...(request.signal && { signal: request.signal }),
    });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new ApiProblem(0, 'Network error', error instanceof Error ? error.message : '');
  }
  if (!response.ok) {
    const problem = await problemFrom(response);
    if (problem.status === 401 && path !== '/api/session') useSessionStore.getState().expire();
    throw problem;
  }
  const body = (response.status === 204 ? undefined : await response.json()) as Body;
  return { body, headers: response.headers };
}

/** Builds `/api/...?a=1&b=2` from defined parameters only. */
export const apiPath = (
  path: string,
  query: Readonly<Record<string, string | number | boolean | undefined>> = {},
): string => {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) parameters.set(name, String(value));
  }
  const text = parameters.toString();
  return text ? `${path}?${text}` : path;
};
