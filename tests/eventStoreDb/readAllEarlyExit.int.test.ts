// Adapter plumbing against the gRPC stand-in (standIn.ts), not against EventStoreDB.
import type { ServerWritableStream } from '@grpc/grpc-js';
import { afterEach, expect, it } from 'vitest';
import { StreamNotFoundError } from '@gridline/backend/eventStore/errors.ts';
import { openEventStoreDb } from '@gridline/backend/eventStore/eventStoreDb/eventStoreDb.ts';
import streamsPb from '@eventstore/db-client/generated/streams_pb.js';
import { startStandIn, type StandIn } from './standIn.ts';
import { eventMessage } from './wire.ts';

// Enough to fill the client's buffers past the adapter's first event, few enough that the
// server has sent them all, and its final status, while the reader still holds the rest.
const eventsInTheLog = 40;

/** $all holds a few dozen events; every stream read finds nothing. */
const serveLog = (call: ServerWritableStream<streamsPb.ReadReq, streamsPb.ReadResp>) => {
  if (call.request.getOptions()?.hasStream()) {
    const notFound = new streamsPb.ReadResp.StreamNotFound();
    call.write(new streamsPb.ReadResp().setStreamNotFound(notFound));
  } else {
    for (let position = 1; position <= eventsInTheLog; position += 1) {
      call.write(eventMessage({ streamName: 'case-1', type: 'Noted', position }));
    }
  }
  call.end();
};

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.stop();
  standIn = undefined;
});

it('closes after a readAll was left early, once the server had sent everything', async () => {
  standIn = await startStandIn({ read: serveLog });
  const store = openEventStoreDb(standIn.connectionString);
  for await (const event of store.readAll()) {
    expect(event.position.commit).toBe(1n);
    // A second call on the same connection answers only after the first call's last frames
    // arrived, so the read has ended on the wire before the reader leaves it.
    await expect(store.readStream('case-2')).rejects.toThrow(StreamNotFoundError);
    break;
  }
  // Before the fix this never returned: the client waited for the undrained read to finish.
  await store.close();
});
