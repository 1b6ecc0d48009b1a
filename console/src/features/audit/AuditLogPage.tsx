import type { LogEntry } from '@gridline/projections';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { AuditLogFilters } from './AuditLogFilters.tsx';
import { auditCasePath, caseIdOfStream } from './auditPaths.ts';
import { AuditTabs } from './AuditTabs.tsx';
import { getAuditEvents, type AuditLogFilters as Filters } from './getAuditEvents.ts';
import { VirtualLog } from './VirtualLog.tsx';
import './audit.css';

/** 审计 · 事件日志: every event of the log, by position, filtered, page after page as it scrolls. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organisation = useOrganisation();
  const [filters, setFilters] = useState<Filters>({});
  const [selected, setSelected] = useState<LogEntry | null>(null);
  const log = useInfiniteQuery({
    queryKey: ['audit', 'events', filters],
    queryFn: ({ pageParam, signal }) => getAuditEvents(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const selectedCase = selected ? caseIdOfStream(selected.stream) : null;
  return (
    <section className="audit-page">
      <Space className="page-title-row" wrap>
        <h1 className="page-title">{t('audit.log.title')}</h1>
        <AuditTabs current="log" />
      </Space>
      <AuditLogFilters
        organisation={organisation.data}
        onApply={(next) => {
          setSelected(null);
          setFilters(next);
        }}
      />
      <Space className="open-case">
        <Input.Search
          aria-label={t('audit.log.caseId')}
          placeholder={t('audit.log.caseId')}
          enterButton={t('audit.log.openCase')}
          onSearch={(caseId) => caseId.trim() && void navigate(auditCasePath(caseId.trim()))}
        />
      </Space>
      {log.error ? (
        <ProblemAlert
          error={log.error}
          doing={t('audit.log.doing')}
          onRetry={() => void log.refetch()}
        />
      ) : null}
      <VirtualLog
        entries={entries}
        organisation={organisation.data}
        selected={selected?.position ?? null}
        onSelect={setSelected}
        onNearEnd={() => {
          if (log.hasNextPage && !log.isFetchingNextPage) void log.fetchNextPage();
        }}
      />
      <Typography.Text type="secondary" data-testid="audit-log-count">
        {log.isPending || log.isFetchingNextPage
          ? t('audit.log.loadingMore')
          : entries.length === 0
            ? t('audit.log.empty')
            : log.hasNextPage
              ? t('audit.log.loaded', { count: entries.length })
              : t('audit.log.loadedAll', { count: entries.length })}
      </Typography.Text>
      <Card size="small" title={t('audit.log.detail')} className="event-detail">
        {selected ? (
          <>
            <p>
              <span className="mono">{selected.position}</span> · {selected.type} ·{' '}
              <span className="mono">{selected.stream}</span>
              {selectedCase && (
                <>
                  {' '}
                  <Button size="small" onClick={() => void navigate(auditCasePath(selectedCase))}>
                    {t('audit.log.replay')}
                  </Button>
                </>
              )}
            </p>
            <pre className="event-data">{JSON.stringify(selected.data, null, 2)}</pre>
          </>
        ) : (
          <Typography.Text type="secondary">{t('audit.log.pickOne')}</Typography.Text>
        )}
      </Card>
    </section>
  );
}
