import type { Response } from 'express';

export interface EventStreamOptions {
  /** A comment this often keeps proxies from closing an idle stream. */
  readonly heartbeatMs: number;
  /** Checked before each heartbeat: a signed-out or disabled person's stream ends. */
  readonly stillAllowed: () => Promise<boolean>;
  /** Unsent bytes beyond this mean the client is not reading: end, and let it resume. */
  readonly maxBufferedBytes?: number;
  /** How soon an EventSource reconnects after the stream ends. */
  readonly retryMs?: number;
}

/**
 * A server-sent-events response (text/event-stream): named events with ids, heartbeats,
 * and one `onClose` however it ends (the client went away, the server ended it).
 */
export const openEventStream = (res: Response, options: EventStreamOptions) => {
  const { heartbeatMs, stillAllowed, maxBufferedBytes = 1 << 20, retryMs = 2_000 } = options;
  const closers: (() => void)[] = [];
  let closed = false;

  const close = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const closer of closers) closer();
  };
  const end = (): void => {
    close();
    res.end();
  };
  const write = (text: string): void => {
    if (closed) return;
    res.write(text);
    if (res.writableLength > maxBufferedBytes) end();
  };

  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    // nginx would otherwise hold events back to fill its buffer.
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  write(`retry: ${retryMs}\n\n`);
  const heartbeat = setInterval(() => {
    void stillAllowed().then(
      (allowed) => (allowed ? write(': heartbeat\n\n') : end()),
      () => end(),
    );
  }, heartbeatMs);
  res.on('close', close);

  return {
    /** One event; `data` goes out as one line of JSON. */
    send(event: string, data: unknown, id?: string): void {
      write(
        `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`,
      );
    },
    end,
    isClosed: (): boolean => closed,
    onClose(closer: () => void): void {
      closers.push(closer);
    },
  };
};

export type EventStream = ReturnType<typeof openEventStream>;
