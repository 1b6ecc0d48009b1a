import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { sessionQuery } from '../../common/session/sessionQuery.ts';
import { returnPathFrom } from '../../common/session/signInPath.ts';
import { useSessionStore } from '../../common/session/sessionStore.ts';
import { LanguageSwitch } from '../../common/ui/LanguageSwitch.tsx';
import { signIn } from './signIn.ts';
import { SignInProblem } from './SignInProblem.tsx';

interface Credentials {
  readonly username: string;
  readonly password: string;
}

/**
 * The first page anyone sees, in plain markup: it loads with the entry file alone, and antd
 * arrives with the signed-in pages.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const expired = useSessionStore((state) => state.expired);
  const signedIn = useSessionStore((state) => state.signedIn);
  const [missing, setMissing] = useState<ReadonlySet<keyof Credentials>>(new Set());
  const attempt = useMutation({
    mutationFn: ({ username, password }: Credentials) => signIn(username.trim(), password),
    onSuccess: (answer) => {
      // Whatever the previous person had loaded is not this person's to see.
      queryClient.clear();
      queryClient.setQueryData(sessionQuery.queryKey, answer);
      signedIn(answer);
      void navigate(returnPathFrom(location.search), { replace: true });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const credentials = {
      username: String(data.get('username') ?? ''),
      password: String(data.get('password') ?? ''),
    };
    const empty = new Set(
      (['username', 'password'] as const).filter((name) => !credentials[name].trim()),
    );
    setMissing(empty);
    if (empty.size === 0) attempt.mutate(credentials);
  };
  const field = (name: keyof Credentials, type: string, autoComplete: string) => (
    <div className="plain-field">
      <label htmlFor={name}>{t(`signIn.${name}`)}</label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={missing.has(name)}
        aria-describedby={missing.has(name) ? `${name}-missing` : undefined}
        autoFocus={name === 'username'}
      />
      {missing.has(name) && (
        <div id={`${name}-missing`} className="plain-field-error">
          {t('form.required')}
        </div>
      )}
    </div>
  );
  return (
    <main className="sign-in-page">
      <div className="sign-in-language">
        <LanguageSwitch />
      </div>
      <section className="sign-in-card">
        <h1>{t('signIn.title')}</h1>
        {expired && (
          <div className="plain-alert plain-alert-info" role="status">
            {t('signIn.expired')}
          </div>
        )}
        {attempt.error && <SignInProblem error={attempt.error} />}
        <form onSubmit={submit} noValidate>
          {field('username', 'text', 'username')}
          {field('password', 'password', 'current-password')}
          <button type="submit" className="plain-primary" disabled={attempt.isPending}>
            {t('signIn.submit')}
          </button>
        </form>
        <p className="sign-in-hint">{t('signIn.demoHint')}</p>
      </section>
    </main>
  );
}
