import type { WelfareCheckItem } from '@gridline/projections';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { buildingName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';

interface WelfareChecksProps {
  readonly gridId: string;
  readonly checks: readonly WelfareCheckItem[];
}

/** 关爱走访 (早看窗帘晚看灯): the latest look-ins, the ones that need a follow-up marked. */
export function WelfareChecks({ gridId, checks }: WelfareChecksProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisation = useOrganisation().data;
  return (
    <section className="patch-panel" aria-labelledby="welfare-checks">
      <h2 id="welfare-checks">{t('patch.welfareChecks')}</h2>
      {checks.length === 0 ? (
        <p className="patch-empty">{t('patch.noWelfareChecks')}</p>
      ) : (
        <ul className="patch-list">
          {checks.map((check) => (
            <li key={check.checkId} data-welfare-status={check.status}>
              <span className="patch-list-when">{format.dateTime(check.endedAt)}</span>
              <span>{buildingName(organisation, { gridId, buildingId: check.buildingId })}</span>
              <span>{check.resident}</span>
              <span className={check.status === 'well' ? '' : 'deadline-today'}>
                {t(`patch.welfare.${check.status}`)}
              </span>
              {check.note && <span className="case-row-meta">{check.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
