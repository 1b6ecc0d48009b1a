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
    <nav aria-label={t('shell.scope')}>
      <ol className="scope-trail">
        {trail.map((step) => (
          <li key={`${step.kind}-${step.id}`}>
            {step.kind === 'district' ? t('shell.wholeDistrict') : step.name}
          </li>
        ))}
      </ol>
    </nav>
  );
}
