import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { streetSupervisor } from '../../testing/accounts.ts';
import { boardRow, summonsRow } from '../../testing/boardRows.ts';
import { organisation } from '../../testing/caseFixtures.ts';
import { fakeServer, renderAs } from '../../testing/renderWithConsole.tsx';
import { EscalationsPage } from './EscalationsPage.tsx';

afterEach(() => vi.unstubAllGlobals());

const hour = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * hour).toISOString();
const retention = {
  communityRetentionRate: { resolved: 27, withinCommunity: 22, rate: 0.8148 },
  streetRetentionRate: { resolved: 27, withinStreet: 27, rate: 1 },
};

describe('When the street supervisor opens the escalation queue', () => {
  it('puts the overdue case first in red, shows who reported, and the retention it counted', async () => {
    // Half an hour off the unit boundaries, so the milliseconds until render do not matter.
    const dueAt = inHours(4.5);
    const lateAt = inHours(-27.5);
    const requests = fakeServer(({ path }) => {
      if (path.startsWith('/api/cases?'))
        return {
          status: 200,
          body: {
            items: [
              boardRow('due', { title: '征地补偿纠纷', deadline: dueAt }),
              boardRow('late', { title: '楼道堆物', overdue: true, deadline: lateAt }),
            ],
            nextCursor: null,
          },
        };
      if (path.startsWith('/api/summonses?'))
        return {
          status: 200,
          body: {
            items: [
              summonsRow('s1', {
                caseId: 'due',
                departmentId: 'ruijing-judicial',
                open: false,
                reportedAt: inHours(-1),
              }),
              summonsRow('s1', { caseId: 'due', role: 'assisting' }),
            ],
            nextCursor: null,
          },
        };
      if (path.startsWith('/api/figures?'))
        return {
          status: 200,
          body: {
            position: '9/9',
            figures: {
              ...retention,
              escalationFunnel: { grid: 44, community: 24, street: 5, department: 1 },
              returns: { community: 1, street: 1, department: 0, total: 2 },
            },
          },
        };
      if (path === '/api/organisation') return { status: 200, body: organisation };
      return { status: 404, body: {} };
    });
    renderAs(streetSupervisor, <EscalationsPage />);

    await screen.findByText('楼道堆物');
    await screen.findByText(/主办：/);
    const rows = screen.getAllByRole('row');
    const [late, due] = rows.filter((row) => row.hasAttribute('data-case-id'));
    expect(late?.getAttribute('data-case-id')).toBe('late');
    expect(within(late!).getByText(/^已逾期 1天 3小时$/).className).toContain('deadline-overdue');
    within(due!).getByText(/^剩余 4小时 29分钟$/);
    within(due!).getByText('主办：ruijing-judicial 已报到');
    within(due!).getByText('协办：ruijing-police 未报到');
    // A department still owes its report: the row does not offer to resolve.
    expect(within(due!).queryByRole('button', { name: '办结' })).toBeNull();
    expect(within(late!).getByRole('button', { name: '办结' })).toBeTruthy();

    await screen.findByText('网格 44 → 社区 24 → 街道 5 → 职能部门 1');
    const community = await screen.findByText('81.5%（22/27）');
    expect(community.closest('[data-community-id]')?.getAttribute('data-community-id')).toBe(
      'ruiyiyuan',
    );
    expect(
      requests.some(
        (r) => r.path.startsWith('/api/cases?') && r.path.includes('escalatedWithinDays=7'),
      ),
    ).toBe(true);
    expect(requests.some((r) => r.path.includes('scope=community%3Aruiyiyuan'))).toBe(true);
  });
});
