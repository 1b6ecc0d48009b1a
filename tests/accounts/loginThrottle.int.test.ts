import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  minutes,
  startAccountsServer,
  testClock,
  zhangWei,
  type AccountsServer,
} from './accountsServer.ts';

// Cheap hashing: this suite is about counting attempts, and makes hundreds of them.
const fastHashing = { memoryKiB: 64, passes: 1, parallelism: 1 };

let server: AccountsServer;
let clock: ReturnType<typeof testClock>;

// Behind a trusted proxy, so each attempt can say which client it came from.
const start = async (dataDir?: string) =>
  startAccountsServer({
    now: clock.now,
    passwordHashing: fastHashing,
    trustProxy: true,
    ...(dataDir !== undefined && { dataDir }),
  });

beforeEach(async () => {
  clock = testClock();
  server = await start();
  await server.accounts.accounts.createAccount(zhangWei);
});
afterEach(() => server.close());

const right = { username: zhangWei.username, password: zhangWei.password };
const wrong = { username: zhangWei.username, password: 'not the password' };

const from = (client: string) => ({ 'x-forwarded-for': client });

/**
 * Fails `count` times, one second apart, each from another client (as a distributed
 * guesser would), and checks each was an ordinary 401.
 */
const failTimes = async (count: number, body: { username: string; password: string } = wrong) => {
  for (let i = 0; i < count; i += 1) {
    const response = await server.signIn(body, from(`198.51.100.${i % 250}`));
    expect(response.status).toBe(401);
    clock.advance(1000);
  }
};

describe('Failed sign-ins for one username, from many clients', () => {
  it('refuses the 101st attempt within an hour with 429 and Retry-After', async () => {
    await failTimes(100);

    const response = await server.signIn(wrong);

    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(response.headers.get('retry-after'));
    // The first failure was 100 s ago; it leaves the hour-long window in 3500 s.
    expect(retryAfter).toBe(3500);
    expect(await response.json()).toMatchObject({ status: 429, retryAfterSeconds: 3500 });
  });

  it('refuses even the right password while throttled', async () => {
    await failTimes(100);

    const response = await server.signIn(right);

    expect(response.status).toBe(429);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('lets the right password in once Retry-After has passed', async () => {
    await failTimes(100);
    const refused = await server.signIn(right);
    clock.advance(Number(refused.headers.get('retry-after')) * 1000);

    const response = await server.signIn(right);

    expect(response.status).toBe(200);
  });

  it('slides: one more try each time an old failure turns an hour old', async () => {
    await failTimes(100);
    // The first failure is now exactly an hour old: one try is free, then the window is full.
    clock.advance(minutes(60) - 100 * 1000);

    expect((await server.signIn(wrong)).status).toBe(401);
    expect((await server.signIn(right)).status).toBe(429);
  });

  it('does not count successful sign-ins', async () => {
    await failTimes(99);
    for (let i = 0; i < 5; i += 1) expect((await server.signIn(right)).status).toBe(200);

    await failTimes(1);
    expect((await server.signIn(right)).status).toBe(429);
  });

  it('counts per username, so others can still sign in', async () => {
    await server.accounts.accounts.createAccount({
      ...zhangWei,
      username: 'li.na',
      personId: 'person-li-na',
    });
    await failTimes(100);

    const response = await server.signIn({ username: 'li.na', password: zhangWei.password });

    expect(response.status).toBe(200);
  });

  it('throttles unknown usernames too, so a 429 does not reveal who exists', async () => {
    const ghost = { username: 'nobody.here', password: 'whatever' };
    await failTimes(100, ghost);
    expect((await server.signIn(ghost)).status).toBe(429);
  });

  it('remembers failures across a restart', async () => {
    await failTimes(100);
    await server.close({ keepData: true });
    server = await start(server.dataDir);

    expect((await server.signIn(right)).status).toBe(429);
  });
});

describe('Failed sign-ins from one client', () => {
  const attacker = from('203.0.113.7');

  it('refuses the client after 30 failures within an hour, whichever usernames it tried', async () => {
    for (let i = 0; i < 30; i += 1) {
      const guess = { username: `guess.${i % 3}`, password: 'not the password' };
      expect((await server.signIn(guess, attacker)).status).toBe(401);
      clock.advance(1000);
    }

    const response = await server.signIn(right, attacker);

    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBe(3600 - 30);
    expect(await response.json()).toMatchObject({
      detail: expect.stringContaining('from this address'),
    });
  });

  it('cannot lock an account out for anyone else, however long it keeps trying', async () => {
    for (let i = 0; i < 200; i += 1) {
      await server.signIn(wrong, attacker);
      clock.advance(1000);
    }

    expect((await server.signIn(right, attacker)).status).toBe(429);
    expect((await server.signIn(right, from('192.0.2.10'))).status).toBe(200);
  });

  it('counts an IPv6 client by its /64, so new addresses in it do not reset the count', async () => {
    for (let i = 0; i < 30; i += 1) {
      await server.signIn(wrong, from(`2001:db8:1:2::${(i + 1).toString(16)}`));
      clock.advance(1000);
    }
    expect((await server.signIn(right, from('2001:db8:1:2:ffff::1'))).status).toBe(429);
    expect((await server.signIn(right, from('2001:db8:1:3::1'))).status).toBe(200);
  });
});
