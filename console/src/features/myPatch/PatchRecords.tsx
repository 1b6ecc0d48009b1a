import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { BuildingCoverage } from './BuildingCoverage.tsx';
import { useGridFigures, useGridPatch } from './gridPatchQueries.ts';
import { PatchFigures } from './PatchFigures.tsx';
import { RecentInspections } from './RecentInspections.tsx';
import { WelfareChecks } from './WelfareChecks.tsx';

interface PatchRecordsProps {
  readonly gridId: string;
  readonly onRecord: (() => void) | undefined;
}

/** The grid's figures, its buildings by last visit, its latest patrols and welfare checks. */
export function PatchRecords({ gridId, onRecord }: PatchRecordsProps) {
  const { t } = useTranslation();
  const patch = useGridPatch(gridId);
  const figures = useGridFigures(gridId);
  return (
    <>
      <h2>{t('patch.figuresLabel')}</h2>
      {figures.error ? (
        <ProblemAlert error={figures.error} onRetry={() => void figures.refetch()} />
      ) : null}
      <PatchFigures buildings={patch.data?.buildings} figures={figures.data} />
      {patch.error ? (
        <ProblemAlert error={patch.error} onRetry={() => void patch.refetch()} />
      ) : null}
      {patch.data && (
        <div className="patch-panels">
          <BuildingCoverage buildings={patch.data.buildings} asOf={patch.data.asOf} />
          <RecentInspections inspections={patch.data.recentInspections.items} onRecord={onRecord} />
          <WelfareChecks gridId={gridId} checks={patch.data.welfareChecks.items} />
        </div>
      )}
    </>
  );
}
