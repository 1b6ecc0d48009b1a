import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { scopeTrail } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';

/** The person's scope, street › community › grid, named as the organisation names it. */
export function ScopeBreadcrumb() {
  const { t } = useTranslation();
  const account = useAccount();
  const organisation = useOrganisation();
  const trail = scopeTrail(organisation.data, account.scope);
  return (
    <Breadcrumb
      aria-label={t('shell.scope')}
      items={trail.map((step) => ({
        key: `${step.kind}-${step.id}`,
        title: step.kind === 'district' ? t('shell.wholeDistrict') : step.name,
      }))}
    />
  );
}
