import type { PatchInspection } from '@gridline/projections';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { personName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';

interface RecentInspectionsProps {
  readonly inspections: readonly PatchInspection[];
  readonly onRecord?: (() => void) | undefined;
}

/** 最近巡查: who walked the grid when, how far, and what they found. */
export function RecentInspections({ inspections, onRecord }: RecentInspectionsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisation = useOrganisation().data;
  return (
    <section className="patch-panel" aria-labelledby="recent-inspections">
      <div className="patch-panel-heading">
        <h2 id="recent-inspections">{t('patch.inspections')}</h2>
        {onRecord && (
          <button type="button" className="plain-button" onClick={onRecord}>
            {t('patch.recordInspection')}
          </button>
        )}
      </div>
      {inspections.length === 0 ? (
        <p className="patch-empty">{t('patch.noInspections')}</p>
      ) : (
        <ul className="patch-list">
          {inspections.map((inspection) => (
            <li key={inspection.inspectionId} data-inspection={inspection.inspectionId}>
              <span className="patch-list-when">{format.dateTime(inspection.endedAt)}</span>
              <span>{personName(organisation, inspection.inspectorId)}</span>
              <span>
                {t('patch.inspectionCounts', {
                  buildings: inspection.buildingsVisited,
                  households: inspection.householdsVisited,
                })}
              </span>
              {inspection.findings > 0 && (
                <span>
                  {t('patch.findings', {
                    count: inspection.findings,
                    cases: inspection.casesOpened,
                  })}
                </span>
              )}
              {inspection.welfareNeedsAttention + inspection.welfareNoResponse > 0 && (
                <span className="deadline-today">
                  {t('patch.welfareToFollow', {
                    count: inspection.welfareNeedsAttention + inspection.welfareNoResponse,
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
