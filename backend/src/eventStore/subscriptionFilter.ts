import type { SubscriptionFilter } from './port.ts';

/**
 * Whether an event of this type and stream passes the filter (none: every event does). One
 * rule for both adapters' reads and subscriptions, whatever each narrows down first.
 */
export const passesFilter = (
  filter: SubscriptionFilter | undefined,
  type: string,
  streamName: string,
): boolean =>
  (!filter?.eventTypes || filter.eventTypes.includes(type)) &&
  (!filter?.streamPrefixes ||
    filter.streamPrefixes.some((prefix) => streamName.startsWith(prefix)));
