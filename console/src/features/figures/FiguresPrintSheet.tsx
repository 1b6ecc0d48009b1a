import type { FiguresResponse } from '@gridline/projections';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { headlinesOf } from './headlineFigures.ts';
import '../../common/ui/printSheet.css';

const levels = ['grid', 'community', 'street', 'department'] as const;

/**
 * An A4 sheet of figures: title, period, each figure with its definition and what it was
 * counted from, the escalation funnel. Black on white; the console's frame stays off paper.
 */
export function FiguresPrintSheet({
  title,
  answer,
  children,
}: {
  readonly title: string;
  readonly answer: FiguresResponse;
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { figures } = answer;
  return (
    <article className="print-sheet">
      <div className="print-actions">
        <Button type="primary" onClick={() => window.print()}>
          {t('figures.print')}
        </Button>
      </div>
      <h1>{title}</h1>
      <p>{t('figures.period', { from: answer.from, to: answer.to })}</p>
      {answer.source && (
        <p>
          {t('figures.source')}: {t(`figures.sources.${answer.source}`)}
        </p>
      )}
      <table className="print-table">
        <thead>
          <tr>
            <th>{t('figures.cards')}</th>
            <th>{t('figures.value')}</th>
            <th>{t('figures.countedFrom')}</th>
            <th>{t('figures.definition')}</th>
          </tr>
        </thead>
        <tbody>
          {headlinesOf(figures).map((headline) => (
            <tr key={headline.name} data-figure={headline.name}>
              <td>{t(`figures.name.${headline.name}`)}</td>
              <td className="print-value">
                {headline.rate === null ? t('figures.noFigure') : format.percent(headline.rate)}
              </td>
              <td>{t(`figures.basis.${headline.name}`, headline.basis)}</td>
              <td>{t(`figures.define.${headline.name}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {figures.escalationFunnel && (
        <p>
          <strong>{t('figures.funnel')}</strong>{' '}
          {levels
            .map((level) => `${t(`figures.levels.${level}`)} ${figures.escalationFunnel![level]}`)
            .join(' → ')}
        </p>
      )}
      {figures.timeToResolve && (
        <p>
          <strong>{t('figures.timeToResolve')}</strong>{' '}
          {figures.timeToResolve.all.medianHours === null
            ? t('figures.noFigure')
            : t('figures.hours', { hours: format.number(figures.timeToResolve.all.medianHours) })}
        </p>
      )}
      {children}
      <p className="print-footnote">
        {t('figures.printedFrom', { position: answer.position ?? '—' })}
      </p>
    </article>
  );
}
