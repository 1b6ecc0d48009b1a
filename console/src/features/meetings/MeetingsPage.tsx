import type { CaseBoardItem } from '@gridline/projections';
import { Alert, Button, Segmented, Space } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseRows } from '../../common/caseList/CaseRows.tsx';
import { useFormat } from '../../common/format/useFormat.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { useMeetingCases, useMeetingTally } from './meetingQueries.ts';

// The form (and antd's form kit) loads when opened, not with the list.
const RecordMeetingForm = lazy(() =>
  import('./RecordMeetingForm.tsx').then((m) => ({ default: m.RecordMeetingForm })),
);

/**
 * 书记下午茶: the matters residents raised at meetings, what became of them (the tally and
 * the cases they opened, with the steps the person may take on each), and a form to record
 * the next meeting.
 */
export function MeetingsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const organisation = useOrganisation();
  const tally = useMeetingTally();
  const [openOnly, setOpenOnly] = useState(true);
  const cases = useMeetingCases(openOnly);
  const [recording, setRecording] = useState(false);
  const [lastOpened, setLastOpened] = useState<number | null>(null);
  const communityId = account.scope.kind === 'community' ? account.scope.id : null;
  const grids = organisation.data?.grids.filter((grid) => grid.communityId === communityId) ?? [];
  const meetings = tally.data?.figures.residentMeetings;
  const items: CaseBoardItem[] = cases.data?.pages.flatMap((page) => [...page.items]) ?? [];
  return (
    <section>
      <Space
        className="page-heading"
        wrap
        style={{ justifyContent: 'space-between', width: '100%' }}
      >
        <h1 className="page-title">{t('meetings.title')}</h1>
        {communityId && grids.length > 0 && (
          <Button type="primary" onClick={() => setRecording(true)}>
            {t('meetings.record')}
          </Button>
        )}
      </Space>
      {lastOpened !== null && (
        <Alert
          type="success"
          showIcon
          role="status"
          closable={{ onClose: () => setLastOpened(null) }}
          title={t('meetings.recorded', { count: lastOpened })}
        />
      )}
      {tally.error ? (
        <ProblemAlert error={tally.error} onRetry={() => void tally.refetch()} />
      ) : null}
      <p className="meeting-tally" data-testid="meeting-tally">
        {meetings
          ? [
              t('meetings.tally.meetings', { count: meetings.meetings }),
              t('meetings.tally.collected', { count: meetings.mattersCollected }),
              t('meetings.tally.resolved', { count: meetings.mattersResolved }),
              t('meetings.tally.rate', {
                rate: meetings.rate === null ? '—' : format.percent(meetings.rate),
              }),
            ].join(' · ')
          : '…'}
        {tally.data && (
          <span className="case-row-meta">
            {' '}
            {t('meetings.tally.window', { from: tally.data.from, to: tally.data.to })}
          </span>
        )}
      </p>
      <Space wrap className="board-filters">
        <h2 style={{ margin: 0 }}>{t('meetings.cases')}</h2>
        <Segmented
          value={openOnly ? 'open' : 'all'}
          onChange={(value) => setOpenOnly(value === 'open')}
          options={[
            { value: 'open', label: t('meetings.openOnly') },
            { value: 'all', label: t('meetings.all') },
          ]}
        />
      </Space>
      {cases.error ? (
        <ProblemAlert error={cases.error} onRetry={() => void cases.refetch()} />
      ) : null}
      <CaseRows
        cases={items}
        loading={cases.isPending}
        onEndReached={() => {
          if (cases.hasNextPage && !cases.isFetchingNextPage) void cases.fetchNextPage();
        }}
      />
      {cases.hasNextPage && (
        <Button onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
          {t('caseBoard.more')}
        </Button>
      )}
      {recording && communityId && (
        <Suspense fallback={null}>
          <RecordMeetingForm
            communityId={communityId}
            grids={grids}
            onClose={(answer) => {
              setRecording(false);
              if (answer) setLastOpened(answer.openedCaseIds.length);
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
