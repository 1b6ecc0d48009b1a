import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../../common/session/sessionStore.ts';
import { gridLeader } from '../../testing/accounts.ts';
import { fakeServer, renderAs } from '../../testing/renderWithConsole.tsx';
import { AccountMenu } from './AccountMenu.tsx';

afterEach(() => vi.unstubAllGlobals());

/** As RequireSession does: the frame is gone once nobody is signed in. */
function WhileSignedIn() {
  const account = useSessionStore((state) => state.account);
  return account ? <AccountMenu /> : null;
}

// The account menu is plain markup (no antd on My patch): it must still work by keyboard.
describe('When a person opens the account menu', () => {
  it('opens by keyboard on the sign-out item and closes on Escape, back on its button', async () => {
    const user = userEvent.setup();
    renderAs(gridLeader, <AccountMenu />);
    const toggle = screen.getByRole('button', { name: /周丽/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: '退出登录' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('signs out from the menu and goes to sign in', async () => {
    const user = userEvent.setup();
    const requests = fakeServer(() => ({ status: 204 }));
    renderAs(
      gridLeader,
      <Routes>
        <Route path="/" element={<WhileSignedIn />} />
        <Route path="/sign-in" element={<p>sign-in page</p>} />
      </Routes>,
    );
    await user.click(screen.getByRole('button', { name: /周丽/ }));
    await user.click(screen.getByRole('menuitem', { name: '退出登录' }));
    await screen.findByText('sign-in page');
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'DELETE /api/session',
    ]);
  });
});
