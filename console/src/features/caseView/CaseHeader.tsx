import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../caseWork/caseTypes.ts';
import { DeadlineLabel } from '../../caseWork/list/DeadlineLabel.tsx';
import { useFormat } from '../../common/format/useFormat.ts';
import { buildingName, departmentName, personName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import type { Opening } from '../../common/personalData/openingOf.ts';

/** Where the case stands: kind, risk, level, status, deadline (and the original), place, holder. */
export function CaseHeader({
  state,
  opening,
}: {
  readonly state: CaseState;
  readonly opening: Opening | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisation = useOrganisation().data;
  const grid = organisation?.grids.find((g) => g.gridId === state.place.gridId);
  const deadline = state.deadline;
  const extended = deadline !== null && deadline.due !== deadline.original;
  return (
    <header className="case-header">
      <h1 className="page-title">{opening?.data.title ?? t('caseView.untitled')}</h1>
      <div className="case-tags">
        <Tag>{t(`words.kind.${state.kind}`)}</Tag>
        <Tag
          color={state.riskLevel === 'high' || state.riskLevel === 'critical' ? 'red' : 'default'}
        >
          {t(`words.risk.${state.riskLevel}`)}
        </Tag>
        <Tag>{t(`words.level.${state.level}`)}</Tag>
        <Tag color="blue" data-testid="case-status">
          {t(`words.status.${state.status}`)}
        </Tag>
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'deadline',
            label: t('caseView.deadline'),
            children: deadline ? (
              <span>
                <DeadlineLabel deadline={deadline.due} overdue={false} urgentOnly />{' '}
                {format.dateTime(deadline.due)}
                {extended &&
                  ` ${t('caseView.originalDeadline', { dateTime: format.dateTime(deadline.original) })}`}
              </span>
            ) : (
              '—'
            ),
          },
          {
            key: 'place',
            label: t('caseView.place'),
            children: [
              grid?.name ?? state.place.gridId,
              buildingName(organisation, state.place),
              state.place.location,
            ]
              .filter(Boolean)
              .join(' · '),
          },
          {
            key: 'assignee',
            label: t('caseList.assignee'),
            children: personName(organisation, state.assignment?.assigneeId ?? null) ?? '—',
          },
          ...(state.departmentId
            ? [
                {
                  key: 'department',
                  label: t('field.department'),
                  children: departmentName(organisation, state.departmentId),
                },
              ]
            : []),
          ...(opening
            ? [
                {
                  key: 'description',
                  label: t('field.description'),
                  children: opening.data.description,
                },
              ]
            : []),
        ]}
      />
    </header>
  );
}
