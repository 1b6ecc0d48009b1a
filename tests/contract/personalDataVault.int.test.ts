import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseStream, eventDefinition, type EventType } from '@gridline/events';
import { sampleEvent, sampleMetadata } from '@gridline/events/fixtures/sampleEvents.ts';
import { catalogueGuard } from '@gridline/backend/eventStore/catalogueGuard.ts';
import { subjectPrefix } from '@gridline/backend/eventStore/personalData/eventCipher.ts';
import { personalDataVault } from '@gridline/backend/eventStore/personalData/personalDataVault.ts';
import {
  openResidentKeyStore,
  type ResidentKeyStore,
} from '@gridline/backend/eventStore/personalData/residentKeyStore.ts';
import type {
  EventStore,
  EventToAppend,
  RecordedEvent,
} from '@gridline/backend/eventStore/port.ts';
import {
  openSqliteEventStore,
  type SqliteEventStore,
} from '@gridline/backend/eventStore/sqlite/sqliteEventStore.ts';

// The vault between the command path and an adapter, over a real SQLite file: what the
// adapter is given, what callers read back, and what an erasure leaves.

const toAppend = (type: EventType, data: unknown = sampleEvent(type).data): EventToAppend => {
  const id = randomUUID();
  return {
    id,
    type,
    data,
    metadata: sampleMetadata({ eventId: id, schemaVersion: eventDefinition(type).version }),
  };
};

const dispute = {
  ...sampleEvent('DisputeLogged').data,
  description: '申请人电话13912345678，2026-05-30来访。',
};
const readAll = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
};
const keyIdOf = (token: unknown): string => /^⟦pd1\.([^.]+)\./.exec(String(token))![1]!;

describe('The personal-data vault over the embedded store', () => {
  let dir: string;
  let raw: SqliteEventStore;
  let keys: ResidentKeyStore;
  let store: EventStore;
  let masterKey: Buffer;
  const stream = caseStream('case-vault-1');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gridline-vault-'));
    raw = openSqliteEventStore({ path: join(dir, 'events.sqlite') });
    masterKey = randomBytes(32);
    keys = openResidentKeyStore({ dataDir: dir, masterKey });
    store = catalogueGuard(personalDataVault(raw, keys));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const stored = async (name = stream) => (await raw.readStream(name))[0]!.data as typeof dispute;

  it('hands the adapter sealed values, and reads them back as they were', async () => {
    await store.append(stream, [toAppend('DisputeLogged', dispute)], { expected: 'no_stream' });
    const sealed = await stored();
    expect(sealed.parties[0]!.name).toMatch(/^⟦pd1\./);
    expect(sealed.parties[0]!.idNumber).toMatch(/^⟦pd1\./);
    expect(sealed.description).toMatch(/^申请人电话⟦pd1\.[^⟧]+⟧，2026-05-30来访。$/);
    expect(JSON.stringify(sealed)).not.toMatch(/赵敏|钱进|13800138000|13912345678/);
    expect(sealed.title).toBe(dispute.title);
    expect((await store.readStream(stream))[0]!.data).toEqual(dispute);
    for await (const event of store.readAll()) expect(event.data).toEqual(dispute);
  });

  it('seals each resident under a key of their own, and typed-in numbers under the case’s', async () => {
    await store.append(stream, [toAppend('DisputeLogged', dispute)], { expected: 'no_stream' });
    const sealed = await stored();
    const applicant = keyIdOf(sealed.parties[0]!.name);
    expect(keyIdOf(sealed.parties[0]!.phone)).toBe(applicant);
    const respondent = keyIdOf(sealed.parties[1]!.name);
    const text = keyIdOf(sealed.description.slice(sealed.description.indexOf('⟦')));
    expect(new Set([applicant, respondent, text]).size).toBe(3);
    expect(keys.count(subjectPrefix(stream))).toEqual({ live: 3, erased: 0 });
  });

  it('reads events stored in clear by an earlier version as they are', async () => {
    const old = caseStream('case-vault-old');
    await raw.append(old, [toAppend('DisputeLogged', dispute)], { expected: 'no_stream' });
    expect((await store.readStream(old))[0]!.data).toEqual(dispute);
  });

  it('after erasure, reads the case’s values as erased, others’ as they were, and the log still verifies', async () => {
    const other = caseStream('case-vault-2');
    await store.append(stream, [toAppend('DisputeLogged', dispute)], { expected: 'no_stream' });
    await store.append(other, [toAppend('DisputeLogged', dispute)], { expected: 'no_stream' });
    const before = await stored();
    expect(keys.erase(subjectPrefix(stream), new Date())).toBe(3);
    const [erased] = await store.readStream(stream);
    expect(erased!.data).toMatchObject({
      parties: [
        { name: '[erased]', phone: '[erased]', idNumber: '[erased]', role: 'applicant' },
        { name: '[erased]', role: 'respondent' },
      ],
      description: '申请人电话[erased]，2026-05-30来访。',
      title: dispute.title,
    });
    expect((await store.readStream(other))[0]!.data).toEqual(dispute);
    // The log is not rewritten: the same sealed bytes, the same hashes.
    expect(await stored()).toEqual(before);
    const report = await raw.verifier.verify({ from: 'start' });
    expect(report).toMatchObject({ ok: true, breaksFound: 0, eventsChecked: 2 });
  });

  describe('after an erasure through another connection (a CLI, a second server)', () => {
    const erasedDispute = { parties: [{ name: '[erased]' }, { name: '[erased]' }] };
    const eraseElsewhere = (name: string) => {
      const elsewhere = openResidentKeyStore({ dataDir: dir, masterKey });
      try {
        expect(elsewhere.erase(subjectPrefix(name), new Date())).toBe(3);
      } finally {
        elsewhere.close();
      }
    };
    const logDispute = (name: string) =>
      store.append(name, [toAppend('DisputeLogged', dispute)], { expected: 'no_stream' });
    // Within a read the key store looks again at most a millisecond apart: a clock that
    // stands still leaves only the look each read takes as it starts.
    const stopTheClock = () => vi.spyOn(performance, 'now').mockReturnValue(performance.now());
    afterEach(() => vi.restoreAllMocks());

    it('reads the values as erased from the next read that starts, whatever the clock says', async () => {
      await logDispute(stream);
      stopTheClock();
      expect((await store.readStream(stream))[0]!.data).toEqual(dispute);
      eraseElsewhere(stream);
      expect((await store.readStream(stream))[0]!.data).toMatchObject({
        description: '申请人电话[erased]，2026-05-30来访。',
      });
      expect((await readAll(store))[0]!.data).toMatchObject(erasedDispute);
    });

    it('forgets the keys it read ahead of the log but had not used yet', async () => {
      const other = caseStream('case-vault-2');
      await logDispute(stream);
      await logDispute(other);
      // Reading the first event brings the second's keys, made after its own, unused.
      for await (const event of store.readAll({ maxCount: 1 })) {
        expect(event.data).toEqual(dispute);
      }
      eraseElsewhere(other);
      const [first, second] = await readAll(store);
      expect(first!.data).toEqual(dispute);
      expect(second!.data).toMatchObject(erasedDispute);
    });

    it('looks again within a long read: a subscription sees an erasure made while it runs', async () => {
      const other = caseStream('case-vault-2');
      await logDispute(stream);
      await logDispute(other);
      const subscription = store.subscribeToAll();
      const seen: unknown[] = [];
      for await (const item of subscription) {
        if (item.kind !== 'event') continue;
        seen.push(item.event.data);
        if (seen.length === 1) {
          eraseElsewhere(other);
          // Past the millisecond, as any event arriving after an erasure elsewhere is.
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        if (seen.length === 2) break;
      }
      await subscription.unsubscribe();
      expect(seen[0]).toEqual(dispute);
      expect(seen[1]).toMatchObject(erasedDispute);
    });

    it('a subscription that starts after it reads the values as erased', async () => {
      await logDispute(stream);
      stopTheClock();
      expect((await store.readStream(stream))[0]!.data).toEqual(dispute);
      eraseElsewhere(stream);
      const subscription = store.subscribeToAll();
      for await (const item of subscription) {
        if (item.kind !== 'event') continue;
        expect(item.event.data).toMatchObject(erasedDispute);
        break;
      }
      await subscription.unsubscribe();
    });
  });

  it('reads a long log’s keys in order, across read-ahead windows, from the start again', async () => {
    // More keys than are read ahead at once (2,048): four a case.
    const names = Array.from({ length: 600 }, (_, index) => caseStream(`case-ahead-${index}`));
    for (const name of names) {
      await store.append(name, [toAppend('DisputeLogged', dispute)], { expected: 'no_stream' });
    }
    const everyone = async () => (await readAll(store)).map((e) => e.data);
    expect(await everyone()).toEqual(names.map(() => dispute));
    // A second reader from the start, after the read-ahead has passed the end.
    expect(await everyone()).toEqual(names.map(() => dispute));
    // One case's events, looked up one key at a time.
    expect((await store.readStream(names[300]!))[0]!.data).toEqual(dispute);
  });

  it('opens sealed values through a live subscription too', async () => {
    const subscription = store.subscribeToAll();
    await store.append(stream, [toAppend('DisputeLogged', dispute)], { expected: 'no_stream' });
    for await (const item of subscription) {
      if (item.kind !== 'event') continue;
      expect(item.event.data).toEqual(dispute);
      break;
    }
    await subscription.unsubscribe();
  });

  it('erases exactly one case’s keys: not a case whose id differs only in case, nor a longer id', () => {
    const subjects = ['case-Vault-A', 'case-vault-a', 'case-Vault-AB'].map(
      (name) => `${subjectPrefix(name)}someone`,
    );
    keys.keysFor(subjects);
    expect(keys.erase(subjectPrefix('case-Vault-A'), new Date())).toBe(1);
    expect(keys.count(subjectPrefix('case-vault-a'))).toEqual({ live: 1, erased: 0 });
    expect(keys.count(subjectPrefix('case-Vault-AB'))).toEqual({ live: 1, erased: 0 });
    expect(keys.count(subjectPrefix('case-Vault-A'))).toEqual({ live: 0, erased: 1 });
  });

  it('refuses to open the key store under another master key, saying which key is wrong', () => {
    keys.keysFor([`${subjectPrefix(stream)}someone`]);
    expect(() => openResidentKeyStore({ dataDir: dir, masterKey: randomBytes(32) })).toThrow(
      /master key/,
    );
  });
});
