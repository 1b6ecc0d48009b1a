import type { CaseBoardItem } from '@gridline/projections';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listCases, type CaseBoardQuery } from '../../caseWork/api/listCases.ts';
import { caseKeys } from '../../caseWork/caseQueries.ts';
import { CaseRows } from '../../common/caseList/CaseRows.tsx';
import { useLastWriteStore } from '../../common/api/lastWriteStore.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';

interface BoardFilters {
  readonly status?: CaseBoardQuery['status'] | undefined;
  readonly q?: string | undefined;
}

const statuses = ['awaiting_dispatch', 'assigned', 'in_progress', 'resolved', 'closed'] as const;

/**
 * 案件台账: every case in the person's scope, by deadline, overdue first; filter, and scroll
 * on: the next page loads as the last rows come into view, and only the rows in view are
 * in the page, however many are loaded.
 */
export function CaseBoardPage() {
  const { t } = useTranslation();
  const after = useLastWriteStore((state) => state.position);
  const [filters, setFilters] = useState<BoardFilters>({});
  const query: CaseBoardQuery = {
    ...(filters.status && { status: filters.status }),
    ...(filters.q && { q: filters.q }),
    limit: 50,
  };
  const board = useInfiniteQuery({
    queryKey: [...caseKeys.board(query), after],
    queryFn: ({ pageParam, signal }) =>
      listCases(
        { ...query, ...(pageParam && { cursor: pageParam }), ...(after && { after }) },
        signal,
      ),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const cases: CaseBoardItem[] = board.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section>
      <h1 className="page-title">{t('caseBoard.title')}</h1>
      <Space wrap className="board-filters">
        <Select
          allowClear
          placeholder={t('caseBoard.anyStatus')}
          style={{ width: 160 }}
          options={statuses.map((value) => ({ value, label: t(`words.status.${value}`) }))}
          onChange={(status?: CaseBoardQuery['status']) =>
            setFilters((f) => ({ ...f, ...{ status } }))
          }
        />
        <Input.Search
          allowClear
          placeholder={t('caseBoard.search')}
          onSearch={(text) => setFilters((f) => ({ ...f, q: text.trim() || undefined }))}
        />
      </Space>
      {board.error ? (
        <ProblemAlert error={board.error} onRetry={() => void board.refetch()} />
      ) : null}
      <CaseRows
        cases={cases}
        loading={board.isPending}
        onEndReached={() => {
          if (board.hasNextPage && !board.isFetchingNextPage) void board.fetchNextPage();
        }}
      />
      {board.hasNextPage && (
        <p className="case-row-meta">{t('board.shown', { count: cases.length })}</p>
      )}
      {board.hasNextPage && (
        <Button onClick={() => void board.fetchNextPage()} loading={board.isFetchingNextPage}>
          {t('caseBoard.more')}
        </Button>
      )}
    </section>
  );
}
