import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AntdSettings } from '../common/ui/AntdSettings.tsx';
import type { Account } from '../common/session/account.ts';
import { useSessionStore } from '../common/session/sessionStore.ts';

/** One answer of the fake server: status and JSON body. */
export interface FakeAnswer {
  readonly status: number;
  readonly body?: unknown;
}

export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Headers;
  readonly body: unknown;
}

/**
 * Replaces fetch with `answer`, which sees each request the console sends (method, path,
 * headers, parsed body) and returns what the server would. Every request is kept.
 */
export function fakeServer(answer: (request: FakeRequest) => FakeAnswer) {
  const requests: FakeRequest[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const request: FakeRequest = {
      method: init.method ?? 'GET',
      path: input,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const { status, body } = answer(request);
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(status === 204 ? null : JSON.stringify(body ?? {}), {
      status,
      headers: { 'content-type': type },
    });
  });
  return requests;
}

/** Renders a piece of the console as `account`, with a fresh query cache and router. */
export function renderAs(account: Account, element: ReactElement) {
  useSessionStore.getState().signedIn({ account, csrfToken: 'csrf-test' });
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <AntdSettings>{element}</AntdSettings>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
