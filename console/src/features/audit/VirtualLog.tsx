import type { LogEntry } from '@gridline/projections';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseHistoryEntry } from '../../caseWork/caseTypes.ts';
import { useEntryWords } from '../../caseWork/timeline/useEntryWords.ts';
import { useFormat } from '../../common/format/useFormat.ts';
import { personName } from '../../common/organisation/placeNames.ts';
import type { Organisation } from '../../common/organisation/organisationTypes.ts';
import { auditCasePath, caseIdOfStream } from './auditPaths.ts';
import { nearTheEnd, visibleRows } from './virtualRows.ts';

const rowHeight = 36;
const viewHeight = 540;

interface VirtualLogProps {
  readonly entries: readonly LogEntry[];
  readonly organisation: Organisation | undefined;
  readonly selected: string | null;
  readonly onSelect: (entry: LogEntry) => void;
  /** Called when the view nears the last loaded row: load the next page. */
  readonly onNearEnd: () => void;
}

/** The log as a table that draws only the rows in view, so long logs scroll smoothly. */
export function VirtualLog({
  entries,
  organisation,
  selected,
  onSelect,
  onNearEnd,
}: VirtualLogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useEntryWords();
  // Case events and reveals are told in words, as on the case's timeline; the log's other
  // streams (patrols, meetings, the organisation) by their type.
  const whatOf = (entry: LogEntry): string =>
    entry.stream.startsWith('case-') || entry.type === 'PersonalDataRevealed'
      ? words(entry as unknown as CaseHistoryEntry).what
      : '';
  const [scrollTop, setScrollTop] = useState(0);
  const { first, last } = visibleRows(scrollTop, viewHeight, rowHeight, entries.length);
  return (
    <div className="virtual-log" role="table" aria-rowcount={entries.length}>
      <div className="virtual-log-row virtual-log-head" role="row">
        <span role="columnheader">{t('audit.log.position')}</span>
        <span role="columnheader">{t('audit.log.recordedAt')}</span>
        <span role="columnheader">{t('audit.log.type')}</span>
        <span role="columnheader">{t('audit.log.what')}</span>
        <span role="columnheader">{t('audit.log.stream')}</span>
        <span role="columnheader">{t('audit.log.revision')}</span>
        <span role="columnheader">{t('audit.log.actor')}</span>
      </div>
      <div
        className="virtual-log-body"
        data-testid="audit-log-scroller"
        onScroll={(event) => {
          const top = event.currentTarget.scrollTop;
          setScrollTop(top);
          if (nearTheEnd(top, viewHeight, rowHeight, entries.length)) onNearEnd();
        }}
      >
        <div className="virtual-log-spacer" style={{ height: entries.length * rowHeight }}>
          {entries.slice(first, last).map((entry, index) => {
            const caseId = caseIdOfStream(entry.stream);
            return (
              <div
                key={entry.position}
                role="row"
                aria-rowindex={first + index + 1}
                aria-selected={selected === entry.position}
                className="virtual-log-row"
                style={{ top: (first + index) * rowHeight }}
                tabIndex={0}
                onClick={() => onSelect(entry)}
                onKeyDown={(event) => event.key === 'Enter' && onSelect(entry)}
              >
                <span role="cell" className="mono">
                  {entry.position}
                </span>
                <span role="cell">{format.dateTime(entry.metadata.recordedAt)}</span>
                <span role="cell">{entry.type}</span>
                <span role="cell">{whatOf(entry)}</span>
                <span role="cell" className="mono">
                  {caseId ? (
                    <Link to={auditCasePath(caseId)} title={t('audit.log.replay')}>
                      {entry.stream}
                    </Link>
                  ) : (
                    entry.stream
                  )}
                </span>
                <span role="cell">{entry.revision}</span>
                <span role="cell">{personName(organisation, entry.metadata.actor.personId)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
