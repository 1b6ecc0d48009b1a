import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAccount, useSessionStore } from '../../common/session/sessionStore.ts';
import { signOut } from './signOut.ts';

/** Who is signed in, as what; and signing out. A plain menu button: Escape or a click away closes it. */
export function AccountMenu() {
  const { t } = useTranslation();
  const account = useAccount();
  const signedOut = useSessionStore((state) => state.signedOut);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    first.current?.focus();
    const away = (event: PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  const leave = async () => {
    setOpen(false);
    // Leave even when the server cannot be reached: the session ends there in 30 idle minutes.
    await signOut().catch(() => undefined);
    // Leave the signed-in pages first, so none of them sees the session gone and sends the
    // person to sign in "and back here".
    await navigate('/sign-in', { replace: true });
    queryClient.clear();
    signedOut();
  };
  return (
    <div
      className="account-menu"
      ref={box}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="plain-button plain-button-text"
        data-testid="account-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="account-menu-items"
        onClick={() => setOpen(!open)}
      >
        {t('common.personWithRole', {
          name: account.displayName,
          role: t(`words.role.${account.role}`),
        })}{' '}
        ▾
      </button>
      {open && (
        <ul id="account-menu-items" role="menu" className="account-menu-items">
          <li role="none">
            <button ref={first} type="button" role="menuitem" onClick={() => void leave()}>
              {t('shell.signOut')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
