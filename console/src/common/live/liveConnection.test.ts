import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followLiveChanges, type LiveSource } from './liveConnection.ts';

/** Stands in for EventSource: the test plays the server's side. */
class FakeSource implements LiveSource {
  readyState = 0;
  onerror: ((event: Event) => void) | null = null;
  onopen: ((event: Event) => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  readonly url: string;
  constructor(url: string) {
    this.url = url;
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  send(type: string, id: string, data: unknown = {}) {
    const event = new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  fail(readyState: number) {
    this.readyState = readyState;
    this.onerror?.(new Event('error'));
  }
}

let client: QueryClient;
let sources: FakeSource[];
const open = (url: string) => {
  const source = new FakeSource(url);
  sources.push(source);
  return source;
};

beforeEach(() => {
  vi.useFakeTimers();
  client = new QueryClient();
  sources = [];
});
afterEach(() => {
  vi.useRealTimers();
  client.clear();
});

const staleAfterChange = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;

describe('When another person changes a case', () => {
  it('refetches the lists, the case and the figures once for a burst of changes', async () => {
    for (const key of [
      ['cases', 'board', {}],
      ['cases', 'one', 'c1'],
      ['patch', 'g1'],
      ['figures', 'x'],
      ['organisation'],
    ]) {
      client.setQueryData(key, { loaded: true });
    }
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const stop = followLiveChanges({ client, open, batchMs: 100 });
    sources[0]!.open();
    sources[0]!.send('change', '10/10', { caseId: 'c1' });
    sources[0]!.send('change', '11/11', { caseId: 'c2' });
    expect(invalidate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(invalidate).toHaveBeenCalledTimes(4);
    expect(staleAfterChange(['cases', 'board', {}])).toBe(true);
    expect(staleAfterChange(['cases', 'one', 'c1'])).toBe(true);
    expect(staleAfterChange(['patch', 'g1'])).toBe(true);
    expect(staleAfterChange(['figures', 'x'])).toBe(true);
    expect(staleAfterChange(['organisation'])).toBe(false);
    stop();
    expect(sources[0]!.closed).toBe(true);
  });

  it('refetches everything shown when the server says too much changed', async () => {
    client.setQueryData(['organisation'], { loaded: true });
    followLiveChanges({ client, open, batchMs: 10 });
    sources[0]!.send('reset', '20000/20000');
    await vi.advanceTimersByTimeAsync(10);
    expect(staleAfterChange(['organisation'])).toBe(true);
  });
});

describe('When the stream drops', () => {
  it('leaves a dropped connection to the browser, which resumes by itself', async () => {
    followLiveChanges({ client, open });
    sources[0]!.open();
    sources[0]!.fail(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sources).toHaveLength(1);
  });

  it('opens a new stream after a refusal, from the last change seen, waiting longer each time', async () => {
    const stop = followLiveChanges({ client, open, maxRetryMs: 4_000 });
    sources[0]!.open();
    sources[0]!.send('ready', '5/5');
    sources[0]!.send('change', '7/7', { caseId: 'c1' });
    sources[0]!.fail(2);
    expect(sources).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sources).toHaveLength(2);
    expect(sources[1]!.url).toBe('/api/live?lastEventId=7%2F7');
    sources[1]!.fail(2);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(sources).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sources).toHaveLength(3);
    stop();
    sources[2]!.fail(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sources).toHaveLength(3);
  });
});
