import './myPatch.css';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { casePagePath } from '../../caseWork/casePaths.ts';
import type { CommandAnswer } from '../../caseWork/caseTypes.ts';
import { CaseRows } from '../../common/caseList/CaseRows.tsx';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { lazyWithAntd } from '../../common/ui/lazyWithAntd.tsx';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { countPatch, filterPatch, type PatchFilter } from './patchUrgency.ts';
import { PatchCounts } from './PatchCounts.tsx';
import { useOpenCasesOfGrid } from './useOpenCasesOfGrid.ts';
import { PatchRecords } from './PatchRecords.tsx';

// The page is plain markup; the forms (with antd's core, theme and form kit) load when a form
// is opened, not with the list.
const LogDisputeForm = lazyWithAntd(() =>
  import('./LogDisputeForm.tsx').then((m) => m.LogDisputeForm),
);
const ReportIssueForm = lazyWithAntd(() =>
  import('./ReportIssueForm.tsx').then((m) => m.ReportIssueForm),
);
const RecordInspectionForm = lazyWithAntd(() =>
  import('./RecordInspectionForm.tsx').then((m) => m.RecordInspectionForm),
);

/** A note that something was done, which the person can dismiss. */
function DoneNote({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      className="plain-alert plain-alert-success plain-alert-with-action patch-opened"
      role="status"
    >
      <span>{children}</span>
      <button
        type="button"
        className="plain-button plain-button-text"
        aria-label={t('common.close')}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}

/**
 * 我的网格: the grid's open cases, most urgent first, each with the steps the person may take;
 * its figures; which buildings were walked when; the latest patrols and welfare checks.
 */
export function MyPatchPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const organisation = useOrganisation();
  const gridId = account.scope.kind === 'grid' ? account.scope.id : null;
  const open = useOpenCasesOfGrid(gridId ?? '');
  const [form, setForm] = useState<'dispute' | 'issue' | 'inspection' | null>(null);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  const [lastRecorded, setLastRecorded] = useState<number | null>(null);
  const [filter, setFilter] = useState<PatchFilter>('open');
  const now = new Date();
  if (!gridId) return <p className="patch-result">{t('myPatch.notAGrid')}</p>;
  if (!organisation.data) {
    return organisation.error ? (
      <ProblemAlert error={organisation.error} onRetry={() => void organisation.refetch()} />
    ) : (
      <p className="plain-loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  const grid = organisation.data.grids.find((g) => g.gridId === gridId);
  const streetId = organisation.data.communities.find(
    (c) => c.communityId === grid?.communityId,
  )?.streetId;
  const opened = (answer?: CommandAnswer) => {
    setForm(null);
    if (answer) setLastOpened(answer.id);
  };
  const recorded = (answer?: { readonly openedCaseIds: readonly string[] }) => {
    setForm(null);
    if (answer) setLastRecorded(answer.openedCaseIds.length);
  };
  return (
    <section>
      <div className="page-heading patch-heading">
        <h1 className="page-title">{t('myPatch.title', { grid: grid?.name ?? gridId })}</h1>
        {grid && streetId && (
          <div className="plain-buttons">
            <button
              type="button"
              className="plain-button plain-button-primary"
              onClick={() => setForm('dispute')}
            >
              {t('myPatch.logDispute')}
            </button>
            <button type="button" className="plain-button" onClick={() => setForm('issue')}>
              {t('myPatch.reportIssue')}
            </button>
          </div>
        )}
      </div>
      {lastOpened && (
        <DoneNote onClose={() => setLastOpened(null)}>
          {t('myPatch.opened')} <Link to={casePagePath(lastOpened)}>{t('myPatch.openCase')}</Link>
        </DoneNote>
      )}
      {lastRecorded !== null && (
        <DoneNote onClose={() => setLastRecorded(null)}>
          {t('patch.recorded', { count: lastRecorded })}
        </DoneNote>
      )}
      <PatchCounts counts={countPatch(open.cases, now)} filter={filter} onFilter={setFilter} />
      {open.error ? <ProblemAlert error={open.error} onRetry={open.refetch} /> : null}
      {open.incomplete && <p>{t('myPatch.incomplete')}</p>}
      <h2>{t(filter === 'open' ? 'myPatch.openCases' : `myPatch.count.${filter}`)}</h2>
      <CaseRows
        cases={filterPatch(open.cases, filter, now)}
        loading={open.isPending}
        viewportHeight={520}
      />
      <PatchRecords gridId={gridId} onRecord={grid ? () => setForm('inspection') : undefined} />
      {grid && streetId && form && (
        <Suspense fallback={null}>
          {form === 'dispute' ? (
            <LogDisputeForm grid={grid} streetId={streetId} onClose={opened} />
          ) : form === 'issue' ? (
            <ReportIssueForm grid={grid} streetId={streetId} onClose={opened} />
          ) : (
            <RecordInspectionForm grid={grid} onClose={recorded} />
          )}
        </Suspense>
      )}
    </section>
  );
}
