import { Card, Flex, Input, Statistic, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { departmentName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { ResponseTable } from './ResponseTable.tsx';
import { responseTotals } from './summonsOrder.ts';
import { SummonsTable } from './SummonsTable.tsx';
import { useDepartmentSummonses } from './useDepartmentSummonses.ts';

/**
 * 部门报到: the summonses — who must report by when, who has not — and how each department
 * answers. A liaison sees their own department's, reports in from here and works the case
 * from its page; the street sees every department summoned to its cases.
 */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const organisation = useOrganisation().data;
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [words, setWords] = useState('');
  const { open, recent, response, items } = useDepartmentSummonses();
  const totals = responseTotals(response.data?.departments ?? []);
  const error = open.error ?? recent.error ?? response.error;
  const title =
    account.scope.kind === 'department'
      ? t('departments.titleOf', { department: departmentName(organisation, account.scope.id) })
      : t('departments.title');
  return (
    <section className="departments-page">
      <h1 className="page-title">{title}</h1>
      <p className="case-row-meta">{t('departments.explain')}</p>
      <Flex wrap gap="small">
        <Card size="small" data-count="open">
          <Statistic title={t('departments.open')} value={format.number(totals.open)} />
        </Card>
        <Card size="small" data-count="overdue">
          <Statistic
            title={t('departments.overdue')}
            value={format.number(totals.overdue)}
            {...(totals.overdue > 0 && { className: 'deadline-overdue' })}
          />
        </Card>
        <Card size="small" data-count="onTimeRate">
          <Statistic
            title={t('departments.onTimeRate')}
            value={totals.onTimeRate === null ? '—' : format.percent(totals.onTimeRate)}
          />
        </Card>
      </Flex>
      {error ? (
        <ProblemAlert
          error={error}
          onRetry={() => void Promise.all([open.refetch(), recent.refetch(), response.refetch()])}
        />
      ) : null}
      <Flex align="center" gap="small" justify="space-between" wrap>
        <h2>{t('departments.summonses')}</h2>
        <Input.Search
          allowClear
          className="queue-search"
          placeholder={t('departments.search')}
          onSearch={(text) => setWords(text.trim())}
        />
        <label>
          <Switch size="small" checked={onlyOpen} onChange={setOnlyOpen} />{' '}
          {t('departments.onlyOpen')}
        </label>
      </Flex>
      <SummonsTable
        items={items.filter(
          (item) => (!onlyOpen || item.open) && (!words || item.case.title.includes(words)),
        )}
        loading={open.isPending || recent.isPending}
      />
      <h2>{t('departments.response')}</h2>
      <ResponseTable departments={response.data?.departments ?? []} loading={response.isPending} />
    </section>
  );
}
