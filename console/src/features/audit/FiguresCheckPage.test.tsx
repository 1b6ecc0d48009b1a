import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditor } from '../../testing/accounts.ts';
import { organisation } from '../../testing/caseFixtures.ts';
import { fakeServer, renderAs } from '../../testing/renderWithConsole.tsx';
import { FiguresCheckPage } from './FiguresCheckPage.tsx';

afterEach(() => vi.unstubAllGlobals());

const answer = (position: string, reopened: number) => ({
  scope: { kind: 'district' },
  from: '2026-11-02',
  to: '2026-11-29',
  source: null,
  position,
  figures: {
    reopenRate: { resolved: 10, reopened, rate: reopened / 10 },
    returns: { community: 1, street: 0, department: 0, total: 1 },
  },
});

describe('When an auditor recomputes the figures', () => {
  it('recomputes at the position the console counted to, and says every number is equal', async () => {
    const requests = fakeServer(({ path }) =>
      path.startsWith('/api/organisation')
        ? { status: 200, body: organisation }
        : path.startsWith('/api/audit/figures')
          ? { status: 200, body: answer('1200/1200', 1) }
          : { status: 200, body: answer('1200/1200', 1) },
    );
    renderAs(auditor, <FiguresCheckPage />);
    const verdict = await screen.findByTestId('figures-check-verdict');
    expect(verdict.textContent).toContain('7 项数值全部一致');
    const audit = requests.find((request) => request.path.startsWith('/api/audit/figures'));
    expect(new URL(audit!.path, 'http://x').searchParams.get('position')).toBe('1200/1200');
    expect(document.querySelectorAll('.figure-differs')).toHaveLength(0);
  });

  it('marks in red each number the recomputation does not give', async () => {
    fakeServer(({ path }) =>
      path.startsWith('/api/organisation')
        ? { status: 200, body: organisation }
        : path.startsWith('/api/audit/figures')
          ? { status: 200, body: answer('1200/1200', 2) }
          : { status: 200, body: answer('1200/1200', 1) },
    );
    renderAs(auditor, <FiguresCheckPage />);
    const verdict = await screen.findByTestId('figures-check-verdict');
    expect(verdict.textContent).toContain('2 项数值不一致');
    await waitFor(() => expect(document.querySelectorAll('.figure-differs')).toHaveLength(2));
    const [reopened] = [...document.querySelectorAll<HTMLElement>('.figure-differs')];
    expect(within(reopened!).getByText('reopenRate.reopened')).toBeTruthy();
    expect(within(reopened!).getByText('不一致')).toBeTruthy();
  });
});
