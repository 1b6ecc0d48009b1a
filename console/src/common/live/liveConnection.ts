import type { QueryClient } from '@tanstack/react-query';
import { changeBatcher } from './liveChanges.ts';

/** The part of EventSource used here, so tests can hand in a stand-in. */
export interface LiveSource {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  onerror: ((event: Event) => void) | null;
  onopen: ((event: Event) => void) | null;
  close(): void;
}

export type LiveSourceFactory = (url: string) => LiveSource;

export type LiveStatus = 'connecting' | 'live' | 'retrying' | 'stopped';

export interface LiveOptions {
  readonly client: QueryClient;
  readonly open?: LiveSourceFactory;
  readonly onStatus?: (status: LiveStatus) => void;
  /** Changes closer together than this are refetched together. */
  readonly batchMs?: number;
  /** The longest wait between attempts after the stream was refused or lost for good. */
  readonly maxRetryMs?: number;
}

const closed = 2; // EventSource.CLOSED, which jsdom does not define

const browserSource: LiveSourceFactory = (url) =>
  new EventSource(url, { withCredentials: true }) as unknown as LiveSource;

/**
 * Follows `GET /api/live` for as long as the console is signed in: each change refetches
 * the queries that may show it. The browser reconnects a dropped stream by itself and
 * resumes after the last change seen (Last-Event-ID); when the server refuses or ends the
 * stream for good, this opens a new one, waiting longer after each failure, from the last
 * position seen, so no change in between is missed. Returns the function that stops it.
 */
export function followLiveChanges(options: LiveOptions): () => void {
  const open = options.open ?? browserSource;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  const batch = changeBatcher(options.client, options.batchMs ?? 100);
  let lastEventId: string | null = null;
  let source: LiveSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let stopped = false;

  const seen = (event: MessageEvent<string>) => {
    if (event.lastEventId) lastEventId = event.lastEventId;
  };
  const connect = () => {
    retryTimer = null;
    if (stopped) return;
    options.onStatus?.('connecting');
    const url = lastEventId
      ? `/api/live?lastEventId=${encodeURIComponent(lastEventId)}`
      : '/api/live';
    const current = open(url);
    source = current;
    current.onopen = () => {
      failures = 0;
      options.onStatus?.('live');
    };
    current.addEventListener('change', (event) => {
      seen(event);
      batch.changed();
    });
    // Caught up: the changes missed while away came first, as `change`s.
    current.addEventListener('ready', seen);
    current.addEventListener('reset', (event) => {
      seen(event);
      batch.resetAll();
    });
    current.onerror = () => {
      if (stopped || current !== source) return;
      // CONNECTING: the browser retries by itself. CLOSED: it gave up (a refused request,
      // a server restart answering with an error); try again, a little later each time.
      if (current.readyState !== closed) {
        options.onStatus?.('retrying');
        return;
      }
      current.close();
      failures += 1;
      options.onStatus?.('retrying');
      const wait = Math.min(maxRetryMs, 500 * 2 ** Math.min(failures, 10));
      retryTimer = setTimeout(connect, wait);
    };
  };

  connect();
  return () => {
    stopped = true;
    batch.stop();
    if (retryTimer) clearTimeout(retryTimer);
    source?.close();
    source = null;
    options.onStatus?.('stopped');
  };
}
