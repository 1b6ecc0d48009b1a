import { useTranslation } from 'react-i18next';
import { isApiProblem, problemKind } from '../../common/api/apiProblem.ts';

/** Why signing in failed, in the person's language. */
export function SignInProblem({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  if (isApiProblem(error) && error.status === 401) {
    return (
      <div className="plain-alert plain-alert-error" role="alert">
        {t('signIn.wrong')}
      </div>
    );
  }
  const kind = isApiProblem(error) ? problemKind(error) : 'server';
  return (
    <div className="plain-alert plain-alert-error" role="alert">
      <strong>{t('problem.couldNot', { doing: t('signIn.doing') })}</strong>
      <div>{t(`problem.explain.${kind}`)}</div>
    </div>
  );
}
