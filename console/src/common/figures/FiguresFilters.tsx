import { Cascader, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { figureSourceNames, type FiguresAsked } from './figuresAsked.ts';
import { pathTo, type PlaceOption } from './scopeOptions.ts';

interface FiguresFiltersProps {
  readonly asked: FiguresAsked;
  readonly places: readonly PlaceOption[];
  readonly onChange: (asked: FiguresAsked) => void;
}

/** Which place, which days, which source: each change goes into the page's address. */
export function FiguresFilters({ asked, places, onChange }: FiguresFiltersProps) {
  const { t } = useTranslation();
  return (
    <Space wrap className="figures-filters">
      <span className="figures-filter">
        <span>{t('figures.scope')}</span>
        <Cascader
          aria-label={t('figures.scope')}
          style={{ minWidth: 260 }}
          options={places as PlaceOption[]}
          changeOnSelect
          value={pathTo(places, asked.scope)}
          placeholder={t('figures.ownScope')}
          onChange={(path) => onChange({ ...asked, scope: path?.at(-1)?.toString() })}
        />
      </span>
      <span className="figures-filter">
        <span>{t('figures.from')}</span>
        <Input
          type="date"
          aria-label={t('figures.from')}
          value={asked.from ?? ''}
          onChange={(event) => onChange({ ...asked, from: event.target.value || undefined })}
        />
      </span>
      <span className="figures-filter">
        <span>{t('figures.to')}</span>
        <Input
          type="date"
          aria-label={t('figures.to')}
          value={asked.to ?? ''}
          onChange={(event) => onChange({ ...asked, to: event.target.value || undefined })}
        />
      </span>
      <span className="figures-filter">
        <span>{t('figures.source')}</span>
        <Select
          aria-label={t('figures.source')}
          style={{ width: 160 }}
          value={asked.source ?? ''}
          options={[
            { value: '', label: t('figures.anySource') },
            ...figureSourceNames.map((source) => ({
              value: source,
              label: t(`figures.sources.${source}`),
            })),
          ]}
          onChange={(source: string) =>
            onChange({ ...asked, source: source ? (source as FiguresAsked['source']) : undefined })
          }
        />
      </span>
    </Space>
  );
}
