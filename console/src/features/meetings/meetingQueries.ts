import type { CaseBoardPage, FiguresResponse, MeetingCommandResponse } from '@gridline/projections';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { RecordMeetingBody } from './recordMeetingBody.ts';
import { apiPath, apiRequest } from '../../common/api/apiRequest.ts';
import { useLastWriteStore } from '../../common/api/lastWriteStore.ts';

const dayMs = 86_400_000;
const day = (date: Date): string => date.toISOString().slice(0, 10);

/** The window the tally counts: the last year (the figures' longest window is 366 days). */
export const tallyWindow = (now: Date) => ({
  from: day(new Date(now.getTime() - 365 * dayMs)),
  to: day(now),
});

/** GET /api/figures?figures=residentMeetings for the person's own place, over the window. */
export function useMeetingTally() {
  const after = useLastWriteStore((state) => state.position);
  const window = tallyWindow(new Date());
  return useQuery({
    queryKey: ['figures', 'residentMeetings', window, after],
    queryFn: async ({ signal }) =>
      (
        await apiRequest<FiguresResponse>(
          apiPath('/api/figures', { figures: 'residentMeetings', ...window, after }),
          { signal },
        )
      ).body,
    placeholderData: keepPreviousData,
  });
}

/** The cases the meetings' matters opened (source `meeting`), open ones first by deadline. */
export function useMeetingCases(open: boolean) {
  const after = useLastWriteStore((state) => state.position);
  return useInfiniteQuery({
    queryKey: ['cases', 'board', { source: 'meeting', open }, after],
    queryFn: async ({ pageParam, signal }) =>
      (
        await apiRequest<CaseBoardPage>(
          apiPath('/api/cases', {
            source: 'meeting',
            ...(open && { open: true }),
            limit: 50,
            cursor: pageParam || undefined,
            after,
          }),
          { signal },
        )
      ).body,
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** POST /api/meetings — each matter opens a case at the community. */
export const recordMeeting = async (
  body: RecordMeetingBody,
  idempotencyKey: string,
): Promise<MeetingCommandResponse> =>
  (
    await apiRequest<MeetingCommandResponse>('/api/meetings', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    })
  ).body;
