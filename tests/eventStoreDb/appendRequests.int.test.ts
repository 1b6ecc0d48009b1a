// What the adapter sends when it appends: adapter plumbing against the gRPC stand-in
// (standIn.ts), not against EventStoreDB.
import { randomUUID } from 'node:crypto';
import grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchAppendReq } from '@eventstore/db-client/generated/streams_pb.js';
import { openEventStoreDb } from '@gridline/backend/eventStore/eventStoreDb/eventStoreDb.ts';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import { answerEachAppend, startStandIn, type StandIn } from './standIn.ts';
import { appendFailure, appendSuccess, rpcStatus } from './wire.ts';

let standIn: StandIn | undefined;
let store: EventStore | undefined;
afterEach(async () => {
  await store?.close();
  await standIn?.stop();
  store = standIn = undefined;
});

/** A store whose appends all succeed at revision 0, position 1; what it sent is in `received`. */
const storeAcceptingAppends = async () => {
  const received: BatchAppendReq[] = [];
  standIn = await startStandIn({
    batchAppend: answerEachAppend((request) => appendSuccess(request, 0, 1), received),
  });
  store = openEventStoreDb(standIn.connectionString);
  return { store, received };
};

describe('Appending to EventStoreDB', () => {
  it('refuses an empty append before sending it, as the SQLite store does', async () => {
    const { store, received } = await storeAcceptingAppends();
    await expect(store.append('case-1', [], { expected: 'no_stream' })).rejects.toThrow(RangeError);
    expect(received).toEqual([]);
  });

  it('is not timed out by a server whose clock runs a minute ahead', async () => {
    const serverClock = () => Date.now() + 60_000;
    standIn = await startStandIn({
      // 24.10 reads the 6.x client's deadline as a time on its own clock; one already past
      // is answered as a timeout without writing.
      batchAppend: answerEachAppend((request) => {
        const deadline = request.getOptions()?.getDeadline()?.toDate().getTime() ?? Infinity;
        return deadline <= serverClock()
          ? appendFailure(request, rpcStatus(grpc.status.DEADLINE_EXCEEDED, 'Timeout'))
          : appendSuccess(request, 0, 1);
      }),
    });
    store = openEventStoreDb(standIn.connectionString);
    const event = { id: randomUUID(), type: 'Noted', data: {}, metadata: {} };
    await expect(store.append('case-1', [event], { expected: 'no_stream' })).resolves.toEqual({
      nextExpectedRevision: 0n,
      position: { commit: 1n, prepare: 1n },
    });
  });

  it('sends metadata that is falsy but not null, which the client would drop', async () => {
    const { store, received } = await storeAcceptingAppends();
    const events = [0, false, '', null].map((metadata) => ({
      id: randomUUID(),
      type: 'Noted',
      data: {},
      metadata,
    }));
    await store.append('case-1', events, { expected: 'no_stream' });
    const sent = received.flatMap((request) =>
      request
        .getProposedMessagesList()
        .map((message) => Buffer.from(message.getCustomMetadata_asU8()).toString('utf8')),
    );
    // Nothing for null: the client reads absent metadata back as null, as SQLite does.
    expect(sent).toEqual(['0', 'false', '""', '']);
  });
});
