import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  minutes,
  signedInAs,
  startAccountsServer,
  testClock,
  zhangWei,
  type AccountsServer,
} from './accountsServer.ts';

let server: AccountsServer;
let clock: ReturnType<typeof testClock>;

beforeEach(async () => {
  clock = testClock();
  server = await startAccountsServer({ now: clock.now });
  await server.accounts.accounts.createAccount(zhangWei);
});
afterEach(() => server.close());

const sessionStatus = async (cookie: string) =>
  (await server.request('GET', '/api/session', { headers: { cookie } })).status;

describe('A session left idle', () => {
  it('lives through 29 minutes of quiet', async () => {
    const { cookie } = await signedInAs(server);
    clock.advance(minutes(29));
    expect(await sessionStatus(cookie)).toBe(200);
  });

  it('ends after 30 minutes of quiet', async () => {
    const { cookie } = await signedInAs(server);
    clock.advance(minutes(30));
    expect(await sessionStatus(cookie)).toBe(401);
  });

  it('stays ended once it has timed out', async () => {
    const { cookie } = await signedInAs(server);
    clock.advance(minutes(31));
    await sessionStatus(cookie);
    clock.advance(-minutes(31));
    expect(await sessionStatus(cookie)).toBe(401);
  });
});

describe('A session in steady use', () => {
  it('is kept alive by each request', async () => {
    const { cookie } = await signedInAs(server);
    for (let hour = 0; hour < 4; hour += 1) {
      clock.advance(minutes(25));
      expect(await sessionStatus(cookie)).toBe(200);
    }
  });

  it('ends 12 hours after sign-in however busy', async () => {
    const { cookie } = await signedInAs(server);
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      clock.advance(minutes(20));
      expect(await sessionStatus(cookie)).toBe(200);
    }
    clock.advance(minutes(20));
    expect(await sessionStatus(cookie)).toBe(401);
  });
});

describe('Changing the password', () => {
  it('ends the sessions signed in with the old one', async () => {
    const { cookie } = await signedInAs(server);
    const account = server.accounts.accounts.findByUsername(zhangWei.username)!;

    await server.accounts.accounts.setPassword(account.id, 'a brand new passphrase');

    expect(await sessionStatus(cookie)).toBe(401);
  });
});
