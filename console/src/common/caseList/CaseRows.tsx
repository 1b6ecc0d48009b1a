import type { CaseBoardItem } from '@gridline/projections';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseActionButtons } from '../../caseWork/actions/CaseActionButtons.tsx';
import { availableActions } from '../../caseWork/availableActions.ts';
import { casePagePath } from '../../caseWork/casePaths.ts';
import { DeadlineLabel } from '../../caseWork/list/DeadlineLabel.tsx';
import { useFormat } from '../format/useFormat.ts';
import { buildingName, personName } from '../organisation/placeNames.ts';
import { useOrganisation } from '../organisation/useOrganisation.ts';
import { useAccount } from '../session/sessionStore.ts';
import './caseRows.css';
import { VirtualRows } from './VirtualRows.tsx';

// Every row is this high (caseRows.css holds it there), so a long list can be windowed.
export const caseRowHeight = 76;

interface CaseRowsProps {
  readonly cases: readonly CaseBoardItem[];
  readonly loading: boolean;
  /** The scrolling area's height: the list shows this much and scrolls the rest. */
  readonly viewportHeight?: number;
  readonly onEndReached?: (() => void) | undefined;
}

/**
 * Cases with their urgency, place, state and holder, and the steps the person may take
 * now — in plain table markup, only the rows in view in the DOM, so a board of a hundred
 * thousand cases scrolls as lightly as one of ten, and the page carries no table library.
 */
export function CaseRows({ cases, loading, viewportHeight = 640, onEndReached }: CaseRowsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const organisation = useOrganisation().data;
  if (cases.length === 0) {
    return (
      <p className="case-rows-empty" role="status">
        {loading ? t('board.loading') : t('caseList.empty')}
      </p>
    );
  }
  return (
    <VirtualRows
      items={cases}
      rowHeight={caseRowHeight}
      viewportHeight={viewportHeight}
      label={t('board.casesLabel')}
      onEndReached={onEndReached}
      head={
        <tr>
          <th className="col-deadline">{t('caseList.deadline')}</th>
          <th>{t('caseList.case')}</th>
          <th className="col-status">{t('caseList.status')}</th>
          <th className="col-assignee">{t('caseList.assignee')}</th>
          <th className="col-due">{t('caseList.dueAt')}</th>
          <th className="col-actions">{t('caseList.actions')}</th>
        </tr>
      }
      row={(item, index) => (
        <tr
          key={item.caseId}
          data-case-id={item.caseId}
          className="case-row"
          aria-rowindex={index + 2}
        >
          <td className="col-deadline">
            <DeadlineLabel deadline={item.deadline} overdue={item.overdue} />
          </td>
          <td>
            <Link className="case-row-title" to={casePagePath(item.caseId)}>
              {item.title}
            </Link>
            {/* On a phone the other columns give way: urgency and state go under the title. */}
            <div className="case-row-compact">
              <DeadlineLabel deadline={item.deadline} overdue={item.overdue} />
              {' · '}
              {t(`words.status.${item.status}`)}
            </div>
            <div className="case-row-meta">
              {[
                t(`words.kind.${item.kind}`),
                buildingName(organisation, item.place),
                t(`words.risk.${item.riskLevel}`),
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
          </td>
          <td className="col-status">
            <span className="case-status">{t(`words.status.${item.status}`)}</span>
            <div className="case-row-meta">{t(`words.level.${item.level}`)}</div>
          </td>
          <td className="col-assignee">{personName(organisation, item.assigneeId) ?? '—'}</td>
          <td className="col-due">{format.date(item.deadline)}</td>
          <td className="col-actions">
            <CaseActionButtons
              caseId={item.caseId}
              size="small"
              actions={availableActions(account, item).filter((action) => action !== 'note')}
            />
          </td>
        </tr>
      )}
    />
  );
}
