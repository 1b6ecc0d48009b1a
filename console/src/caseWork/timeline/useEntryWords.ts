import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { departmentName, personName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import type { CaseHistoryEntry } from '../caseTypes.ts';
import { describeEntry } from './describeEntry.ts';

/** One history entry in the person's language: when, who (and as what), what, why. */
export interface EntryWords {
  readonly key: string;
  readonly recordedAt: string;
  /** The field clock, shown when the work was recorded later than it happened. */
  readonly occurredAt: string | null;
  readonly who: string;
  readonly what: string;
  readonly why: string | null;
  readonly isReveal: boolean;
}

export function useEntryWords(): (entry: CaseHistoryEntry) => EntryWords {
  const { t } = useTranslation();
  const format = useFormat();
  const organisation = useOrganisation().data;
  return (entry) => {
    const description = describeEntry(entry);
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(description.values)) {
      if (name.endsWith('Key')) values[name.slice(0, -3)] = t(value);
      else if (name === 'personId') values['person'] = personName(organisation, value) ?? value;
      else if (name === 'departmentId') values['department'] = departmentName(organisation, value);
      else if (name === 'departmentIds')
        values['departments'] = value
          .split(',')
          .filter(Boolean)
          .map((id) => departmentName(organisation, id))
          .join(t('timeline.listJoiner'));
      else if (name === 'dateTime') values['dateTime'] = format.dateTime(value);
    }
    const { actor, recordedAt, occurredAt } = entry.metadata;
    const who =
      actor.role === 'system'
        ? t('words.role.system')
        : t('common.personWithRole', {
            name: personName(organisation, actor.personId),
            role: t(`words.role.${actor.role}`),
          });
    const detail = description.detail ? t(description.detail.key, description.detail.values) : null;
    const lateBy = new Date(recordedAt).getTime() - new Date(occurredAt).getTime();
    return {
      key: entry.metadata.eventId,
      recordedAt: format.dateTime(recordedAt),
      occurredAt: lateBy > 5 * 60_000 ? format.dateTime(occurredAt) : null,
      who,
      what: detail ? `${t(description.what, values)} · ${detail}` : t(description.what, values),
      why: description.why,
      isReveal: entry.type === 'PersonalDataRevealed',
    };
  };
}
