import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { followLiveChanges, type LiveSourceFactory } from './liveConnection.ts';

/**
 * One live stream while the component using this is mounted: the signed-in pages mount it
 * once, so signing out (or a session the server ends) closes the stream.
 */
export function useLiveChanges(open?: LiveSourceFactory): void {
  const client = useQueryClient();
  useEffect(() => followLiveChanges({ client, ...(open && { open }) }), [client, open]);
}
