// How the adapter reads $all: plumbing against the gRPC stand-in (standIn.ts), not against
// EventStoreDB.
import type { ServerWritableStream } from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';
import { StreamNotFoundError } from '@gridline/backend/eventStore/errors.ts';
import { openEventStoreDb } from '@gridline/backend/eventStore/eventStoreDb/eventStoreDb.ts';
import type { EventStore, RecordedEvent } from '@gridline/backend/eventStore/port.ts';
import { startStandIn, type StandIn } from './standIn.ts';
import { eventMessage, type WireEvent } from './wire.ts';

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.stop();
  standIn = undefined;
});

/** A store over a server whose $all holds `log`, and whose every stream read finds nothing. */
const storeOver = async (log: readonly WireEvent[]): Promise<EventStore> => {
  const read = (call: ServerWritableStream<streamsPb.ReadReq, streamsPb.ReadResp>) => {
    if (call.request.getOptions()?.hasStream()) {
      const notFound = new streamsPb.ReadResp.StreamNotFound();
      call.write(new streamsPb.ReadResp().setStreamNotFound(notFound));
    } else {
      for (const event of log) call.write(eventMessage(event));
    }
    call.end();
  };
  standIn = await startStandIn({ read });
  return openEventStoreDb(standIn.connectionString);
};

const noted = (position: number): WireEvent => ({ streamName: 'case-1', type: 'Noted', position });

describe('Reading $all from EventStoreDB', () => {
  it('closes after a read was left early, once the server had sent everything', async () => {
    // Enough to fill the client's buffers past the first event, few enough that the server
    // has sent them all, and its final status, while the reader still holds the rest.
    const store = await storeOver(Array.from({ length: 40 }, (_, index) => noted(index + 1)));
    for await (const event of store.readAll()) {
      expect(event.position.commit).toBe(1n);
      // A second call on the same connection answers only after the first call's last
      // frames arrived, so the read has ended on the wire before the reader leaves it.
      await expect(store.readStream('case-2')).rejects.toThrow(StreamNotFoundError);
      break;
    }
    // Before the fix this never returned: the client waited for the undrained read to end.
    await store.close();
  });

  it('leaves out events of system streams, whatever their type', async () => {
    const store = await storeOver([
      { streamName: '$persistentsubscription-case::g-checkpoint', type: 'Checkpoint', position: 1 },
      { streamName: '$settings', type: 'Settings', position: 2 },
      noted(3),
    ]);
    const read: RecordedEvent[] = [];
    for await (const event of store.readAll()) read.push(event);
    await store.close();
    expect(read.map((event) => event.streamName)).toEqual(['case-1']);
  });
});
