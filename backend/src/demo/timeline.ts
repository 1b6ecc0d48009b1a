// A simulated clock with cooperative fibers. Every case, patrol and deadline watch is an
// async function that sleeps until simulated times; the timeline wakes exactly one of
// them at a time, earliest first (ties in the order they were scheduled), and waits
// until it sleeps again or ends. So commands reach the store in the order of simulated
// time, one after another, and the log comes out the same for the same seed.

interface Wake {
  readonly at: number;
  readonly order: number;
  readonly resume: () => void;
}

const earlier = (a: Wake, b: Wake): boolean => a.at < b.at || (a.at === b.at && a.order < b.order);

/** A binary min-heap of wake-ups. */
const wakeQueue = () => {
  const heap: Wake[] = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  return {
    get size() {
      return heap.length;
    },
    push(wake: Wake) {
      heap.push(wake);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!earlier(heap[i]!, heap[parent]!)) break;
        swap(i, parent);
        i = parent;
      }
    },
    pop(): Wake | undefined {
      const top = heap[0];
      const last = heap.pop();
      if (heap.length === 0 || !last) return top;
      heap[0] = last;
      for (let i = 0; ;) {
        const [left, right] = [2 * i + 1, 2 * i + 2];
        let least = i;
        if (left < heap.length && earlier(heap[left]!, heap[least]!)) least = left;
        if (right < heap.length && earlier(heap[right]!, heap[least]!)) least = right;
        if (least === i) break;
        swap(i, least);
        i = least;
      }
      return top;
    },
  };
};

export interface Timeline {
  readonly start: Date;
  readonly end: Date;
  now(): Date;
  /**
   * Resolves when simulated time reaches `time` (at once if it has). A time past the end
   * never comes: the fiber stops there, as history stops at the end of the window.
   */
  until(time: Date): Promise<void>;
  /** Starts a fiber at `time`; a fiber due after the end never starts. */
  spawn(time: Date, fiber: () => Promise<void>): void;
  /** Runs fibers until none is waiting; rejects with the first fiber's failure. */
  run(): Promise<void>;
}

export const createTimeline = (start: Date, end: Date): Timeline => {
  const queue = wakeQueue();
  let current = start.getTime();
  let order = 0;
  let parked: (() => void) | undefined;
  let failure: { error: unknown } | undefined;

  /** The running fiber hands control back to the timeline. */
  const park = (): void => {
    const resumeTimeline = parked;
    parked = undefined;
    resumeTimeline?.();
  };

  const schedule = (time: Date, resume: () => void): boolean => {
    const at = Math.max(time.getTime(), current);
    if (at > end.getTime()) return false;
    queue.push({ at, order: order++, resume });
    return true;
  };

  return {
    start,
    end,
    now: () => new Date(current),
    until: (time) =>
      new Promise<void>((resolve) => {
        schedule(time, resolve);
        park();
      }),
    spawn: (time, fiber) => {
      schedule(time, () => {
        fiber().then(park, (error: unknown) => {
          failure ??= { error };
          park();
        });
      });
    },
    run: async () => {
      for (let wake = queue.pop(); wake && !failure; wake = queue.pop()) {
        current = wake.at;
        const resume = wake.resume;
        await new Promise<void>((resolve) => {
          parked = resolve;
          resume();
        });
      }
      if (failure) throw failure.error;
    },
  };
};
