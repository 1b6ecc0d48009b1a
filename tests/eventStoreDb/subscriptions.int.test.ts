// What the adapter makes of a subscription's messages: plumbing against the gRPC stand-in
// (standIn.ts), not against EventStoreDB.
import { afterEach, describe, expect, it } from 'vitest';
import { openEventStoreDb } from '@gridline/backend/eventStore/eventStoreDb/eventStoreDb.ts';
import type {
  EventStore,
  SubscribeToAllOptions,
  SubscriptionItem,
} from '@gridline/backend/eventStore/port.ts';
import { startStandIn, type StandIn } from './standIn.ts';
import { checkpointMessage, confirmationMessage, eventMessage, type WireEvent } from './wire.ts';

let standIn: StandIn | undefined;
let store: EventStore | undefined;
afterEach(async () => {
  await store?.close();
  await standIn?.stop();
  store = standIn = undefined;
});

/**
 * Subscribes to a server that confirms, reports a checkpoint at 5, then sends `events` and
 * stays open; returns what the subscription yields up to and including `last`'s event.
 */
const itemsUpTo = async (
  events: readonly WireEvent[],
  last: number,
  options: SubscribeToAllOptions = {},
): Promise<SubscriptionItem[]> => {
  standIn = await startStandIn({
    read: (call) => {
      call.write(confirmationMessage());
      call.write(checkpointMessage(5));
      for (const event of events) call.write(eventMessage(event));
    },
  });
  store = openEventStoreDb(standIn.connectionString);
  const items: SubscriptionItem[] = [];
  for await (const item of store.subscribeToAll(options)) {
    items.push(item);
    if (item.kind === 'event' && item.event.position.commit === BigInt(last)) break;
  }
  return items;
};

const noted = (position: number): WireEvent => ({ streamName: 'case-1', type: 'Noted', position });

describe('Subscribing to EventStoreDB', () => {
  it('reports no checkpoints without a filter, as the port says', async () => {
    const items = await itemsUpTo([noted(6)], 6);
    expect(items.map((item) => item.kind)).toEqual(['event']);
  });

  it('leaves out events of system streams, whatever their type', async () => {
    const checkpoint = { streamName: '$persistentsubscription-case::g-checkpoint', position: 6 };
    const items = await itemsUpTo([{ ...checkpoint, type: 'Checkpoint' }, noted(7)], 7);
    expect(items.map((item) => item.kind === 'event' && item.event.streamName)).toEqual(['case-1']);
  });

  it('reports checkpoints in their place while filtering', async () => {
    const items = await itemsUpTo([noted(6)], 6, { filter: { eventTypes: ['Noted'] } });
    expect(items.map((item) => item.kind)).toEqual(['checkpoint', 'event']);
  });
});
