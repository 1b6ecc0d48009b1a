import { openLiveStream, type LiveEvent, type LiveStream } from '../../api/support/liveStream.ts';

/**
 * A live stream followed the way a browser's EventSource follows it: when the server ends
 * it, it opens it again with the last event id it got as Last-Event-ID. `after`: the
 * position to resume after on the first connection.
 */
export const resumingStream = async (base: string, cookie: string, after?: string) => {
  const streams: LiveStream[] = [];
  let closed = false;
  /** Every event of every connection, in arrival order. */
  const events = (): LiveEvent[] => streams.flatMap((stream) => stream.events);

  const connect = async (): Promise<void> => {
    const lastEventId = events().findLast((event) => event.id !== undefined)?.id ?? after;
    const stream = await openLiveStream(
      base,
      cookie,
      lastEventId === undefined ? {} : { lastEventId },
    );
    if (stream.status !== 200) throw new Error(`GET /api/live: ${stream.status}`);
    streams.push(stream);
    // Closed while this connection was being opened.
    if (closed) stream.close();
    await stream.ended;
    if (!closed) await connect();
  };
  const running = connect();
  await new Promise<void>((resolve, reject) => {
    running.catch(reject);
    const wait = () => {
      if (events().some((event) => event.event === 'ready')) resolve();
      else setTimeout(wait, 5);
    };
    wait();
  });

  return {
    events,
    /** How many times the stream was opened. */
    connections: () => streams.length,
    /** The `change` events so far, across every connection. */
    changes: () => events().filter((event) => event.event === 'change'),
    close: async () => {
      closed = true;
      streams.at(-1)?.close();
      await running.catch(() => {});
    },
  };
};
