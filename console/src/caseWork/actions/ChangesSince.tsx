import { Spin } from 'antd';
import { useEffect } from 'react';
import { useCaseHistory } from '../caseQueries.ts';
import { TimelineList } from '../timeline/TimelineList.tsx';

/** The case's events after the revision the person saw: what someone else changed. */
export function ChangesSince({
  caseId,
  seenRevision,
}: {
  readonly caseId: string;
  readonly seenRevision: string;
}) {
  const history = useCaseHistory(caseId);
  const { refetch } = history;
  // The conflict just invalidated the history; fetch it even where no timeline is shown.
  useEffect(() => void refetch(), [refetch]);
  if (!history.data) return <Spin size="small" />;
  const seen = BigInt(seenRevision);
  const newer = history.data.events.filter(
    (entry) => entry.revision !== null && BigInt(entry.revision) > seen,
  );
  return <TimelineList entries={newer} />;
}
