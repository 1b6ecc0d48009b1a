import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CaseHistoryEntry } from '../../caseWork/caseTypes.ts';
import { useEntryWords } from '../../caseWork/timeline/useEntryWords.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import '../../common/ui/printSheet.css';
import { getCaseFile } from './getCaseFile.ts';
import { downloadCaseFile, useCaseFileCheck } from './useCaseFileCheck.ts';
import './audit.css';

/** 一案一档: the whole record of one case, to print or download, with its SHA-256. */
export function CaseFilePage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const words = useEntryWords();
  const file = useQuery({
    queryKey: ['audit', 'case-file', caseId],
    queryFn: ({ signal }) => getCaseFile(caseId, signal),
  });
  const check = useCaseFileCheck(file.data);
  if (file.error) {
    return (
      <ProblemAlert
        error={file.error}
        doing={t('audit.file.doing')}
        onRetry={() => void file.refetch()}
      />
    );
  }
  if (!file.data) return <Spin />;
  const answer = file.data;
  const { events, reveals, revision } = answer.file;
  return (
    <article className="print-sheet case-file">
      <Space className="print-actions">
        <Button onClick={() => downloadCaseFile(answer)}>{t('audit.file.download')}</Button>
        <Button type="primary" onClick={() => window.print()}>
          {t('audit.file.print')}
        </Button>
      </Space>
      <h1>{t('audit.file.title', { caseId })}</h1>
      <p>{t('audit.file.revision', { revision })}</p>
      <p>
        {t('audit.file.hash')}:{' '}
        <span className="hash-value" data-testid="case-file-hash">
          {answer.hash.value}
        </span>
      </p>
      {check.error ? (
        <Alert type="warning" showIcon title={t('audit.file.cannotCheck')} />
      ) : check.data === undefined ? (
        <p>{t('audit.file.checking')}</p>
      ) : (
        <Alert
          className="print-actions-inline"
          type={check.data === answer.hash.value ? 'success' : 'error'}
          showIcon
          title={
            check.data === answer.hash.value
              ? t('audit.file.checked')
              : t('audit.file.mismatch', { value: check.data })
          }
        />
      )}
      <h2>{t('audit.file.events', { count: events.length })}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th>{t('audit.log.revision')}</th>
            <th>{t('audit.log.recordedAt')}</th>
            <th>{t('audit.log.actor')}</th>
            <th>{t('audit.log.type')}</th>
            <th>{t('audit.file.statusAfter')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((step) => {
            const said = words(step as unknown as CaseHistoryEntry);
            return (
              <tr key={step.position}>
                <td>{step.revision}</td>
                <td>{said.recordedAt}</td>
                <td>{said.who}</td>
                <td>{said.what}</td>
                <td>
                  {t(`words.status.${step.state.status}`)} · {t(`words.level.${step.state.level}`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t('audit.file.reveals', { count: reveals.length })}</h2>
      {reveals.length === 0 ? (
        <p>{t('audit.file.noReveals')}</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr>
              <th>{t('audit.log.recordedAt')}</th>
              <th>{t('audit.log.actor')}</th>
              <th>{t('audit.file.fields')}</th>
              <th>{t('audit.file.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {reveals.map((reveal) => {
              const said = words(reveal as unknown as CaseHistoryEntry);
              const data = reveal.data as { fields?: string[]; reason?: string };
              return (
                <tr key={reveal.position}>
                  <td>{said.recordedAt}</td>
                  <td>{said.who}</td>
                  <td className="mono">{(data.fields ?? []).join(', ')}</td>
                  <td>{data.reason ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </article>
  );
}
