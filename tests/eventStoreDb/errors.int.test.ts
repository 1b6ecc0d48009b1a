// Which port error each failure EventStoreDB reports becomes: adapter plumbing against the
// gRPC stand-in (standIn.ts), which answers with the status a 24.10 server sends for each
// case. It is not EventStoreDB.
import grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import shared from '@eventstore/db-client/generated/shared_pb.js';
import {
  AppendOutcomeUnknownError,
  AppendTooLargeError,
  EventTooLargeError,
  StreamDeletedError,
} from '@gridline/backend/eventStore/errors.ts';
import { openEventStoreDb } from '@gridline/backend/eventStore/eventStoreDb/eventStoreDb.ts';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import { answerEachAppend, startStandIn, type StandIn, type StandInBehaviour } from './standIn.ts';
import { appendFailure, rpcStatus } from './wire.ts';

let standIn: StandIn | undefined;
let store: EventStore | undefined;
afterEach(async () => {
  await store?.close();
  await standIn?.stop();
  store = standIn = undefined;
});

const storeBehaving = async (behaviour: StandInBehaviour): Promise<EventStore> => {
  standIn = await startStandIn(behaviour);
  return (store = openEventStoreDb(standIn.connectionString));
};

const appendFailingWith = async (status: ReturnType<typeof rpcStatus>): Promise<unknown> => {
  const store = await storeBehaving({
    batchAppend: answerEachAppend((request) => appendFailure(request, status)),
  });
  const event = { id: crypto.randomUUID(), type: 'Noted', data: {}, metadata: {} };
  return store.append('case-1', [event], { expected: 0n }).then(
    () => undefined,
    (error: unknown) => error,
  );
};

const Status = grpc.status;

describe('EventStoreDB failures, as port errors', () => {
  it('a write timeout leaves the outcome unknown', async () => {
    const timeout = rpcStatus(Status.DEADLINE_EXCEEDED, 'Timeout');
    const error = await appendFailingWith(timeout);
    expect(error).toBeInstanceOf(AppendOutcomeUnknownError);
    expect(error).toMatchObject({ streamName: 'case-1', message: /reload .* and check/ });
  });

  it('a connection lost mid-append leaves the outcome unknown', async () => {
    const store = await storeBehaving({
      batchAppend: (call) =>
        call.on('data', () => call.emit('error', { code: Status.UNAVAILABLE, details: 'gone' })),
    });
    const event = { id: crypto.randomUUID(), type: 'Noted', data: {}, metadata: {} };
    await expect(store.append('case-1', [event], { expected: 0n })).rejects.toThrow(
      AppendOutcomeUnknownError,
    );
  });

  it('an append over the size limit names the limit', async () => {
    const limit = new shared.MaximumAppendSizeExceeded().setMaxappendsize(1_048_576);
    const tooLarge = rpcStatus(
      Status.INVALID_ARGUMENT,
      'MaximumAppendSizeExceeded',
      limit.serializeBinary(),
    );
    const error = await appendFailingWith(tooLarge);
    expect(error).toBeInstanceOf(AppendTooLargeError);
    expect(error).toMatchObject({ streamName: 'case-1', maxAppendSize: 1_048_576 });
  });

  it('an event over the per-event limit, which the 6.x client does not know', async () => {
    const tooLarge = rpcStatus(Status.INVALID_ARGUMENT, 'MaximumAppendEventSizeExceeded');
    const error = await appendFailingWith(tooLarge);
    expect(error).toBeInstanceOf(EventTooLargeError);
    expect(error).toMatchObject({ streamName: 'case-1' });
  });

  it('an append to a tombstoned stream', async () => {
    const deleted = new shared.StreamDeleted().setStreamIdentifier(
      new shared.StreamIdentifier().setStreamName(Buffer.from('case-1')),
    );
    const status = rpcStatus(
      Status.FAILED_PRECONDITION,
      'StreamDeleted',
      deleted.serializeBinary(),
    );
    const error = await appendFailingWith(status);
    expect(error).toBeInstanceOf(StreamDeletedError);
    expect(error).toMatchObject({ streamName: 'case-1' });
  });

  it('a read of a tombstoned stream', async () => {
    const metadata = new grpc.Metadata();
    metadata.set('exception', 'stream-deleted');
    metadata.set('stream-name', 'case-1');
    const store = await storeBehaving({
      read: (call) =>
        call.emit('error', { code: Status.FAILED_PRECONDITION, details: 'deleted', metadata }),
    });
    const error = await store.readStream('case-1').then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(StreamDeletedError);
    expect(error).toMatchObject({ streamName: 'case-1' });
  });
});
