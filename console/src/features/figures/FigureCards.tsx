import type { FiguresResponse } from '@gridline/projections';
import { Card, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { headlinesOf } from './headlineFigures.ts';

/** One card per headline rate, each saying what it was counted from. */
export function FigureCards({ figures }: { readonly figures: FiguresResponse['figures'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="figure-cards">
      {headlinesOf(figures).map((headline) => (
        <Card key={headline.name} size="small" data-figure={headline.name}>
          <Statistic
            title={t(`figures.name.${headline.name}`)}
            value={headline.rate === null ? t('figures.noFigure') : format.percent(headline.rate)}
          />
          <div className="figure-basis">{t(`figures.basis.${headline.name}`, headline.basis)}</div>
        </Card>
      ))}
    </div>
  );
}

/** 书记下午茶: collected, resolved and the resolution rate, as the communities report them. */
export function MeetingTally({ figures }: { readonly figures: FiguresResponse['figures'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const meetings = figures.residentMeetings;
  if (!meetings) return null;
  return (
    <p className="meeting-tally" data-testid="meeting-tally">
      <strong>{t('figures.meetings')}</strong>{' '}
      {t('figures.meetingTally', {
        collected: format.number(meetings.mattersCollected),
        resolved: format.number(meetings.mattersResolved),
        rate: meetings.rate === null ? t('figures.noFigure') : format.percent(meetings.rate),
      })}
    </p>
  );
}
