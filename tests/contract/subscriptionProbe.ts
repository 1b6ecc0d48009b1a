// Reads a live subscription in phases ("wait until these arrived", then append more,
// then wait again) without losing an item to a timeout.
import type {
  RecordedEvent,
  Subscription,
  SubscriptionItem,
} from '@gridline/backend/eventStore/port.ts';

const timedOut = Symbol('timed out');

export interface SubscriptionProbe {
  readonly items: SubscriptionItem[];
  /** Our events so far: those in streams starting with the probe's prefix. */
  ownEvents(): RecordedEvent[];
  /** Reads until `done(items)` holds; fails with what arrived if `timeoutMs` passes first. */
  waitFor(done: (probe: SubscriptionProbe) => boolean, timeoutMs?: number): Promise<void>;
  /** Resolves true if the subscription ends within `timeoutMs`. */
  ends(timeoutMs?: number): Promise<boolean>;
}

export const probe = (subscription: Subscription, streamPrefix: string): SubscriptionProbe => {
  const iterator = subscription[Symbol.asyncIterator]();
  const items: SubscriptionItem[] = [];
  let pending: Promise<IteratorResult<SubscriptionItem>> | undefined;
  let ended = false;

  const nextWithin = async (
    ms: number,
  ): Promise<IteratorResult<SubscriptionItem> | typeof timedOut> => {
    pending ??= iterator.next();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<typeof timedOut>((resolve) => {
      timer = setTimeout(() => resolve(timedOut), ms);
    });
    try {
      const result = await Promise.race([pending, timeout]);
      if (result !== timedOut) pending = undefined;
      return result;
    } finally {
      clearTimeout(timer);
    }
  };

  const self: SubscriptionProbe = {
    items,
    ownEvents: () =>
      items.flatMap((item) =>
        item.kind === 'event' && item.event.streamName.startsWith(streamPrefix) ? [item.event] : [],
      ),
    async waitFor(done, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!done(self)) {
        if (ended) throw new Error('The subscription ended while a test was waiting on it');
        const result = await nextWithin(Math.max(0, deadline - Date.now()));
        if (result === timedOut) {
          const seen = self.ownEvents().map((event) => `${event.type}@${event.revision}`);
          const checkpoints = items.filter((item) => item.kind === 'checkpoint').length;
          throw new Error(
            `Timed out after ${timeoutMs} ms; own events so far: [${seen.join(', ')}], checkpoints: ${checkpoints}`,
          );
        }
        if (result.done) ended = true;
        else items.push(result.value);
      }
    },
    async ends(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!ended) {
        const result = await nextWithin(Math.max(0, deadline - Date.now()));
        if (result === timedOut) return false;
        if (result.done) ended = true;
      }
      return true;
    },
  };
  return self;
};
