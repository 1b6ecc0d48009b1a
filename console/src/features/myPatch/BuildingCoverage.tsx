import type { PatchBuilding } from '@gridline/projections';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { buildingVisits, type BuildingVisit } from './buildingVisits.ts';

interface BuildingCoverageProps {
  readonly buildings: readonly PatchBuilding[];
  readonly asOf: string;
}

/** 楼栋走访: one square per building, coloured by the days since its last visit. */
export function BuildingCoverage({ buildings, asOf }: BuildingCoverageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const since = (visit: BuildingVisit): string =>
    visit.days === null
      ? t('patch.never')
      : visit.days === 0
        ? t('patch.today')
        : t('patch.daysAgo', { count: visit.days });
  return (
    <section className="patch-panel" aria-labelledby="building-coverage">
      <h2 id="building-coverage">{t('patch.buildings')}</h2>
      <p className="patch-legend">
        <span className="visit-square visit-recent" aria-hidden /> {t('patch.band.recent')}
        <span className="visit-square visit-week" aria-hidden /> {t('patch.band.week')}
        <span className="visit-square visit-month" aria-hidden /> {t('patch.band.month')}
      </p>
      <ul className="building-grid">
        {buildingVisits(buildings, asOf).map((visit) => (
          <li
            key={visit.building.buildingId}
            data-building={visit.building.buildingId}
            data-band={visit.band}
            title={
              visit.building.lastVisit
                ? t('patch.lastVisit', {
                    when: format.dateTime(visit.building.lastVisit.recordedAt),
                    households: visit.building.lastVisit.householdsVisited,
                  })
                : t('patch.never')
            }
          >
            <span className={`visit-square visit-${visit.band}`} aria-hidden />
            <span className="building-name">{visit.building.name}</span>
            <span className={`building-since visit-text-${visit.band}`}>{since(visit)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
