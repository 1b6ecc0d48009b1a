import { useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAccount, useSessionStore } from '../../common/session/sessionStore.ts';
import { signOut } from './signOut.ts';

/** Who is signed in, as what; and signing out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const account = useAccount();
  const signedOut = useSessionStore((state) => state.signedOut);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const leave = async () => {
    // Leave even when the server cannot be reached: the session ends there in 30 idle minutes.
    await signOut().catch(() => undefined);
    // Leave the signed-in pages first, so none of them sees the session gone and sends the
    // person to sign in "and back here".
    await navigate('/sign-in', { replace: true });
    queryClient.clear();
    signedOut();
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [{ key: 'sign-out', label: t('shell.signOut'), onClick: () => void leave() }],
      }}
    >
      <Button type="text" data-testid="account-menu">
        {t('common.personWithRole', {
          name: account.displayName,
          role: t(`words.role.${account.role}`),
        })}{' '}
        ▾
      </Button>
    </Dropdown>
  );
}
