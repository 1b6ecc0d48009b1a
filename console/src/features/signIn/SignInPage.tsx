import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isApiProblem } from '../../shared/api/apiProblem.ts';
import { sessionQuery } from '../../shared/session/sessionQuery.ts';
import { returnPathFrom } from '../../shared/session/signInPath.ts';
import { useSessionStore } from '../../shared/session/sessionStore.ts';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch.tsx';
import { ProblemAlert } from '../../shared/ui/ProblemAlert.tsx';
import { signIn } from './signIn.ts';

interface Credentials {
  readonly username: string;
  readonly password: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const expired = useSessionStore((state) => state.expired);
  const signedIn = useSessionStore((state) => state.signedIn);
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
  const wrongPassword = isApiProblem(attempt.error) && attempt.error.status === 401;

  return (
    <main className="sign-in-page">
      <div style={{ textAlign: 'right' }}>
        <LanguageSwitch />
      </div>
      <Card title={<h1 style={{ margin: 0, fontSize: 20 }}>{t('signIn.title')}</h1>}>
        {expired && (
          <Alert type="info" showIcon title={t('signIn.expired')} style={{ marginBottom: 16 }} />
        )}
        {attempt.error &&
          (wrongPassword ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('signIn.wrong')}
              style={{ marginBottom: 16 }}
            />
          ) : (
            <ProblemAlert
              error={attempt.error}
              doing={t('signIn.doing')}
              onRetry={() => attempt.reset()}
            />
          ))}
        <Form<Credentials>
          layout="vertical"
          onFinish={(values) => attempt.mutate(values)}
          disabled={attempt.isPending}
        >
          <Form.Item
            name="username"
            label={t('signIn.username')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('signIn.password')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={attempt.isPending}>
            {t('signIn.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('signIn.demoHint')}
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
