import { useQuery } from '@tanstack/react-query';
import { Button, Card, Slider, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CaseHistoryEntry } from '../../caseWork/caseTypes.ts';
import { useEntryWords } from '../../caseWork/timeline/useEntryWords.ts';
import { openingOf } from '../../common/personalData/openingOf.ts';
import { PersonalDataPanel } from '../../common/personalData/PersonalDataPanel.tsx';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { auditCaseFilePath } from './auditPaths.ts';
import { getCaseReplay } from './getCaseReplay.ts';
import { ReplayState } from './ReplayState.tsx';
import { changedMembers } from './stateChanges.ts';
import './audit.css';

/** 案件回放: the case step by step, each event with the state right after it. */
export function CaseReplayPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { caseId = '' } = useParams();
  const words = useEntryWords();
  const [step, setStep] = useState(1);
  const replay = useQuery({
    queryKey: ['audit', 'replay', caseId],
    queryFn: ({ signal }) => getCaseReplay(caseId, signal),
  });
  if (replay.error) {
    return (
      <ProblemAlert
        error={replay.error}
        doing={t('audit.replay.doing')}
        onRetry={() => void replay.refetch()}
      />
    );
  }
  if (!replay.data) return <Spin />;
  const { steps } = replay.data;
  const total = steps.length;
  const at = Math.min(Math.max(step, 1), total);
  const current = steps[at - 1];
  if (!current) return null;
  // A replay step is a history entry of the case with the state after it: the same event shape.
  const said = words(current as unknown as CaseHistoryEntry);
  const opening = openingOf(steps);
  return (
    <section className="audit-page">
      <Space wrap className="page-title-row">
        <h1 className="page-title">{t('audit.replay.title')}</h1>
        <span className="mono">{caseId}</span>
        <Button onClick={() => void navigate(auditCaseFilePath(caseId))}>
          {t('audit.replay.caseFile')}
        </Button>
      </Space>
      {opening && <PersonalDataPanel caseId={caseId} opening={opening} canReveal />}
      <div className="replay-controls">
        <Button disabled={at <= 1} onClick={() => setStep(at - 1)}>
          {t('audit.replay.previous')}
        </Button>
        <Slider
          className="replay-slider"
          min={1}
          max={total}
          value={at}
          onChange={(value: number) => setStep(value)}
          aria-label={t('audit.replay.step', { step: at, total })}
        />
        <Button disabled={at >= total} onClick={() => setStep(at + 1)}>
          {t('audit.replay.next')}
        </Button>
        <strong data-testid="replay-step">{t('audit.replay.step', { step: at, total })}</strong>
      </div>
      <div className="replay-panes">
        <Card size="small" title={t('audit.replay.event')}>
          <p>
            <Tag color="orange">{current.type}</Tag>{' '}
            <span className="mono">{current.position}</span>
          </p>
          <p>
            {said.recordedAt} · {said.who}
          </p>
          <p data-testid="replay-what">{said.what}</p>
          {said.why && <p>{said.why}</p>}
          <details>
            <summary>{t('audit.replay.data')}</summary>
            <pre className="event-data">{JSON.stringify(current.data, null, 2)}</pre>
          </details>
        </Card>
        <Card size="small" title={t('audit.replay.stateAfter')}>
          <ReplayState
            state={current.state}
            changed={changedMembers(steps[at - 2]?.state, current.state)}
          />
        </Card>
      </div>
    </section>
  );
}
