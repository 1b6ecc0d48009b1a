import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FiguresFilters } from '../../common/figures/FiguresFilters.tsx';
import { lastWeeks, type FiguresAsked } from '../../common/figures/figuresAsked.ts';
import { getFigures } from '../../common/figures/getFigures.ts';
import { placeOptions } from '../../common/figures/scopeOptions.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { AuditTabs } from './AuditTabs.tsx';
import { compareFigures, type FigureValueRow } from './compareFigures.ts';
import { getAuditFigures } from './getAuditFigures.ts';
import './audit.css';

const positionPattern = /^\d+\/\d+$/;

/**
 * 指标核算: the figures as the console shows them beside the same figures recomputed from
 * the events up to a position. At the console's own position there should be no difference.
 */
export function FiguresCheckPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const organisation = useOrganisation();
  const defaults = useMemo(() => lastWeeks(new Date(), 4), []);
  const [asked, setAsked] = useState<FiguresAsked>(defaults);
  const [position, setPosition] = useState('');
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const shown = useQuery({
    queryKey: ['figures', asked],
    queryFn: ({ signal }) => getFigures(asked, signal),
  });
  const at = position || shown.data?.position || null;
  const recomputed = useQuery({
    queryKey: ['audit', 'figures', asked, at],
    queryFn: ({ signal }) => getAuditFigures(asked, at ?? '', signal),
    enabled: at !== null,
  });
  const rows =
    shown.data && recomputed.data
      ? compareFigures(shown.data.figures, recomputed.data.figures)
      : [];
  const differing = rows.filter((row) => !row.same).length;
  const places = organisation.data ? placeOptions(organisation.data, account.scope) : [];
  const value = (number: number | null | undefined) =>
    number === undefined ? '∅' : number === null ? '—' : String(number);
  return (
    <section className="audit-page">
      <Space className="page-title-row" wrap>
        <h1 className="page-title">{t('audit.figures.title')}</h1>
        <AuditTabs current="figures" />
      </Space>
      <FiguresFilters asked={asked} places={places} onChange={setAsked} />
      <Form
        layout="inline"
        className="recompute-position"
        onFinish={(values: { position?: string }) => setPosition(values.position?.trim() ?? '')}
      >
        <Form.Item
          name="position"
          label={t('audit.figures.position')}
          extra={t('audit.figures.positionHint', { position: shown.data?.position ?? '—' })}
          rules={[{ pattern: positionPattern, message: t('audit.log.jumpPlaceholder') }]}
        >
          <Input placeholder={t('audit.log.jumpPlaceholder')} style={{ width: 180 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('audit.figures.recompute')}
        </Button>
      </Form>
      {(shown.error ?? recomputed.error) ? (
        <ProblemAlert
          error={shown.error ?? recomputed.error}
          doing={t('audit.figures.doing')}
          onRetry={() => void (shown.error ? shown.refetch() : recomputed.refetch())}
        />
      ) : null}
      {shown.data && recomputed.data && (
        <Alert
          data-testid="figures-check-verdict"
          type={differing === 0 ? 'success' : 'error'}
          showIcon
          title={
            differing === 0
              ? t('audit.figures.allEqual', {
                  count: rows.length,
                  console: shown.data.position ?? '—',
                  recomputed: recomputed.data.position ?? '—',
                })
              : t('audit.figures.differ', { count: differing })
          }
        />
      )}
      <Checkbox checked={onlyDifferences} onChange={(e) => setOnlyDifferences(e.target.checked)}>
        {t('audit.figures.onlyDifferences')}
      </Checkbox>
      <Table<FigureValueRow>
        size="small"
        rowKey="path"
        loading={shown.isPending || recomputed.isFetching}
        dataSource={onlyDifferences ? rows.filter((row) => !row.same) : rows}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        rowClassName={(row) => (row.same ? '' : 'figure-differs')}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('audit.figures.figure'),
            key: 'figure',
            render: (_: unknown, row) => (
              <>
                {t(`audit.names.${row.figure}`)} <span className="mono">{row.path}</span>
              </>
            ),
          },
          { title: t('audit.figures.console'), dataIndex: 'shown', render: value },
          { title: t('audit.figures.recomputed'), dataIndex: 'recomputed', render: value },
          {
            title: '',
            key: 'same',
            render: (_: unknown, row) =>
              row.same ? t('audit.figures.same') : t('audit.figures.differs'),
          },
        ]}
      />
    </section>
  );
}
