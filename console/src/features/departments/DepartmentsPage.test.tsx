import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { policeLiaison } from '../../testing/accounts.ts';
import { summonsRow } from '../../testing/boardRows.ts';
import { organisation } from '../../testing/caseFixtures.ts';
import { fakeServer, renderAs } from '../../testing/renderWithConsole.tsx';
import { DepartmentsPage } from './DepartmentsPage.tsx';

afterEach(() => vi.unstubAllGlobals());

const withPolice: typeof organisation = {
  ...organisation,
  departments: [
    {
      departmentId: 'ruijing-police',
      name: '瑞景派出所',
      kind: 'police_station' as const,
      belongsTo: { kind: 'street' as const, id: 'ruijing' },
    },
  ],
};

describe('When a liaison opens their department’s summonses', () => {
  it('lists the owed report first with the report-in button, the reported one without', async () => {
    const owed = summonsRow('s2', {
      caseId: 'c2',
      case: { ...summonsRow('x').case, title: '征地补偿纠纷' },
      reportBy: new Date(Date.now() + 90 * 60_000).toISOString(),
    });
    const reported = summonsRow('s1', {
      caseId: 'c1',
      case: { ...summonsRow('x').case, title: '电动车飞线充电' },
      open: false,
      reportedAt: '2026-11-28T02:00:00.000Z',
      reportedOnTime: true,
    });
    const requests = fakeServer(({ path }) => {
      if (path.startsWith('/api/summonses?open=true'))
        return { status: 200, body: { items: [owed], nextCursor: null } };
      if (path.startsWith('/api/summonses?'))
        return { status: 200, body: { items: [reported, owed], nextCursor: null } };
      if (path.startsWith('/api/departments/response'))
        return {
          status: 200,
          body: {
            asOf: '2026-11-29T00:00:00.000Z',
            departments: [
              {
                departmentId: 'ruijing-police',
                summoned: 13,
                withdrawn: 1,
                reportedOnTime: 11,
                reportedLate: 0,
                open: 1,
                overdue: 0,
                onTimeRate: 0.9167,
              },
            ],
          },
        };
      if (path === '/api/organisation') return { status: 200, body: withPolice };
      return { status: 404, body: {} };
    });
    renderAs(policeLiaison, <DepartmentsPage />);

    await screen.findByRole('heading', { name: '部门报到 · 瑞景派出所' });
    await screen.findByText('电动车飞线充电');
    const rows = screen.getAllByRole('row').filter((row) => row.hasAttribute('data-case-id'));
    expect(rows.map((row) => row.getAttribute('data-case-id'))).toEqual(['c2', 'c1']);
    within(rows[0]!).getByText(/^剩余 1小时 (29|30)分钟$/);
    expect(within(rows[0]!).getByRole('button', { name: '报到' })).toBeTruthy();
    expect(within(rows[1]!).queryByRole('button', { name: '报到' })).toBeNull();
    within(rows[1]!).getByText(/报到$/);
    expect((await screen.findAllByText('91.7%')).length).toBeGreaterThan(0);
    expect(requests.every((r) => !r.path.includes('department=ruijing-judicial'))).toBe(true);
  });
});
