import { Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseHistoryEntry } from '../caseTypes.ts';
import { useEntryWords } from './useEntryWords.ts';

/** History entries, oldest first: when, who, what and why. */
export function TimelineList({ entries }: { readonly entries: readonly CaseHistoryEntry[] }) {
  const { t } = useTranslation();
  const wordsOf = useEntryWords();
  return (
    <Timeline
      className="case-timeline"
      items={entries.map((entry) => {
        const words = wordsOf(entry);
        return {
          key: words.key,
          color: words.isReveal ? 'gray' : 'blue',
          content: (
            <div className="timeline-entry" data-event-type={entry.type}>
              <div className="timeline-head">
                <time>{words.recordedAt}</time>
                <span className="timeline-who">{words.who}</span>
                <strong className="timeline-what">{words.what}</strong>
                {words.isReveal && <Tag>{t('timeline.accessLog')}</Tag>}
              </div>
              {words.occurredAt && (
                <div className="timeline-occurred">
                  {t('timeline.occurredAt', { dateTime: words.occurredAt })}
                </div>
              )}
              {words.why && <div className="timeline-why">{words.why}</div>}
            </div>
          ),
        };
      })}
    />
  );
}
