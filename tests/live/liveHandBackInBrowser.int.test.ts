import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Person } from '../e2e/support/browser.ts';
import { pause, startHandBackDistrict, type HandBackDistrict } from './support/handBackDistrict.ts';

// The console follows GET /api/live with the browser's own EventSource, which the server
// ends when the runner takes the case board back from a worker. Real Chromium must open it
// again by itself, with Last-Event-ID, and so get every change it missed, once, in order.

interface Received {
  readonly type: string;
  readonly id: string;
}

describe('A browser following live changes across a worker’s hand-back of the case board', () => {
  let district: HandBackDistrict;
  let person: Person;

  beforeAll(async () => {
    district = await startHandBackDistrict();
    person = await openBrowser();
  }, 180_000);
  afterAll(async () => {
    await person?.close();
    await district?.close();
  });

  it('reconnects by itself and receives every change after its ready position once', async () => {
    const { server, cookie } = district;
    const [name, value] = cookie.split('=') as [string, string];
    await person.context.addCookies([{ name, value, url: server.base }]);
    await person.page.goto(`${server.base}/api/health`);
    while (server.readModels.writtenPosition('case_board') === undefined) await pause(2);
    expect(server.caseBoardHandBacks).toEqual([]);
    // As the console's live client opens it (console/src/common/live/liveConnection.ts).
    await person.page.evaluate(() => {
      const page = globalThis as unknown as { received: Received[]; opened: number };
      page.received = [];
      page.opened = 0;
      const source = new EventSource('/api/live', { withCredentials: true });
      source.onopen = () => (page.opened += 1);
      for (const type of ['change', 'ready', 'reset']) {
        source.addEventListener(type, (event) =>
          page.received.push({ type, id: (event as MessageEvent).lastEventId }),
        );
      }
    });
    const received = () =>
      person.page.evaluate(() => (globalThis as unknown as { received: Received[] }).received);
    await expect
      .poll(async () => (await received()).some((event) => event.type === 'ready'))
      .toBe(true);
    const readyAt = (await received()).find((event) => event.type === 'ready')!.id;

    const notes = await district.notesUntilHandBack(1);
    await expect
      .poll(async () => (await received()).some((event) => event.id === notes.at(-1)), {
        timeout: 60_000,
      })
      .toBe(true);

    const expected = await district.caseChangesAfter(readyAt);
    expect(district.appliedByWorker(expected)).toBeGreaterThan(0);
    const events = await received();
    expect(events.filter((event) => event.type === 'change').map((event) => event.id)).toEqual(
      expected,
    );
    expect(events.some((event) => event.type === 'reset')).toBe(false);
    expect(
      await person.page.evaluate(() => (globalThis as unknown as { opened: number }).opened),
    ).toBeGreaterThan(1);
  }, 180_000);
});
