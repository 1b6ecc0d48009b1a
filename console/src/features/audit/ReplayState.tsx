import type { ReplayStep } from '@gridline/projections';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { departmentName, personName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { shownMembers, type ShownMember } from './stateChanges.ts';

type State = ReplayStep['state'];

/** The case as it stood after one step, the members that step changed marked. */
export function ReplayState({
  state,
  changed,
}: {
  readonly state: State;
  readonly changed: ReadonlySet<ShownMember>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisation = useOrganisation().data;
  const person = (id: string | null | undefined) => personName(organisation, id ?? null) ?? '—';
  const describe = (member: ShownMember): string => {
    switch (member) {
      case 'status':
        return t(`words.status.${state.status}`);
      case 'level':
        return `${t(`words.level.${state.level}`)}${state.departmentId ? ` · ${departmentName(organisation, state.departmentId)}` : ''}`;
      case 'riskLevel':
        return t(`words.risk.${state.riskLevel}`);
      case 'assignment':
        return 'assignment' in state && state.assignment
          ? person(state.assignment.assigneeId)
          : '—';
      case 'deadline':
        return state.deadline ? format.dateTime(state.deadline.due) : '—';
      case 'resolution':
        return 'resolution' in state
          ? `${t(`words.level.${state.resolution.level}`)} · ${t(`words.resolutionOutcome.${state.resolution.outcome}`)} · ${person(state.resolution.resolverId)}`
          : '—';
      case 'returnVisits':
        return 'returnVisits' in state
          ? state.returnVisits.map((visit) => t(`words.rating.${visit.rating}`)).join('、') || '—'
          : '—';
      case 'summonses':
        return (
          state.summonses
            .flatMap((summons) => summons.departments)
            .map((d) => departmentName(organisation, d.departmentId))
            .join('、') || '—'
        );
      case 'missedDeadlines':
        return state.missedDeadlines.map((m) => t(`words.level.${m.level}`)).join('、') || '—';
      case 'resolutionCount':
      case 'reopenCount':
      case 'returnCount':
        return format.number(state[member]);
    }
  };
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      items={shownMembers.map((member) => ({
        key: member,
        label: t(`audit.state.${member}`),
        children: describe(member),
        ...(changed.has(member) && { className: 'state-changed' }),
      }))}
    />
  );
}
