// A live stream (GET /api/live) read the way an EventSource reads it: frames of id,
// event and data, comments for heartbeats. Tests wait for what they expect to arrive,
// with a generous timeout, and never assert on how soon.

export interface LiveEvent {
  readonly id: string | undefined;
  readonly event: string;
  readonly data: Record<string, unknown>;
}

export interface LiveStream {
  readonly status: number;
  readonly headers: Headers;
  /** Every event so far, in order. */
  readonly events: LiveEvent[];
  readonly heartbeats: () => number;
  /** Resolves with the first event (from the start) that matches; rejects on timeout or end. */
  next(matches: (event: LiveEvent) => boolean, timeoutMs?: number): Promise<LiveEvent>;
  /** Resolves once the server has ended the stream. */
  readonly ended: Promise<void>;
  close(): void;
}

const parseFrame = (frame: string): LiveEvent | 'comment' | undefined => {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  let comment = false;
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) comment = true;
    else if (line.startsWith('id: ')) id = line.slice(4);
    else if (line.startsWith('event: ')) event = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  if (data.length === 0) return comment ? 'comment' : undefined;
  return { id, event, data: JSON.parse(data.join('\n')) as Record<string, unknown> };
};

export const openLiveStream = async (
  base: string,
  cookie: string,
  options: { lastEventId?: string; query?: string } = {},
): Promise<LiveStream> => {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/live${options.query ?? ''}`, {
    headers: {
      cookie,
      accept: 'text/event-stream',
      ...(options.lastEventId !== undefined && { 'last-event-id': options.lastEventId }),
    },
    signal: controller.signal,
  });
  const events: LiveEvent[] = [];
  const wakers = new Set<() => void>();
  let heartbeats = 0;
  let done = false;
  const ended = (async () => {
    if (!response.body || response.status !== 200) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let split: number;
        while ((split = buffer.indexOf('\n\n')) >= 0) {
          const parsed = parseFrame(buffer.slice(0, split));
          buffer = buffer.slice(split + 2);
          if (parsed === 'comment') heartbeats += 1;
          else if (parsed) events.push(parsed);
          for (const wake of wakers) wake();
        }
      }
    } catch {
      // Aborted by close().
    } finally {
      done = true;
      for (const wake of wakers) wake();
    }
  })();

  return {
    status: response.status,
    headers: response.headers,
    events,
    heartbeats: () => heartbeats,
    ended,
    next: (matches, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(matches);
          if (found || done) {
            clearTimeout(timer);
            wakers.delete(check);
            if (found) resolve(found);
            else reject(new Error(`The stream ended; got ${JSON.stringify(events)}`));
          }
        };
        const timer = setTimeout(() => {
          wakers.delete(check);
          reject(
            new Error(`Nothing matching within ${timeoutMs} ms; got ${JSON.stringify(events)}`),
          );
        }, timeoutMs);
        wakers.add(check);
        check();
      }),
    close: () => controller.abort(),
  };
};
