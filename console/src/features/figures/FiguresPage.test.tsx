import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gridLeader } from '../../testing/accounts.ts';
import { organisation } from '../../testing/caseFixtures.ts';
import { fakeServer, renderAs } from '../../testing/renderWithConsole.tsx';
import { FiguresPage } from './FiguresPage.tsx';

afterEach(() => vi.unstubAllGlobals());

const meetings = { meetings: 4, mattersCollected: 349, mattersResolved: 292, rate: 0.8367 };
const figures = {
  scope: { kind: 'grid', id: 'ruiyiyuan-g01' },
  from: '2026-10-05',
  to: '2026-11-29',
  source: null,
  position: '1259/1259',
  figures: { residentMeetings: meetings },
  weeks: [{ from: '2026-10-05', to: '2026-10-11', figures: { residentMeetings: meetings } }],
};
const workers = {
  workerActivity: [
    {
      inspectorId: 'worker-ruiyiyuan-g01-1',
      weeks: [
        {
          from: '2026-11-22T00:00:00Z',
          to: '2026-11-29T00:00:00Z',
          inspections: 3,
          householdsVisited: 12,
          welfareChecks: 1,
        },
      ],
    },
  ],
};

const answer = ({ path }: { path: string }) =>
  path.startsWith('/api/organisation')
    ? { status: 200, body: organisation }
    : path.startsWith('/api/figures/ranking')
      ? { status: 200, body: { month: '2026-11', scope: {}, position: null, communities: [] } }
      : path.startsWith('/api/figures')
        ? { status: 200, body: figures }
        : path.startsWith('/api/grids/ruiyiyuan-g01/patch')
          ? { status: 200, body: workers }
          : { status: 404, body: { title: 'Not found', status: 404 } };

describe('When a grid leader opens the figures', () => {
  it('asks for their own place week by week and reads the meetings’ tally', async () => {
    const requests = fakeServer(answer);
    renderAs(gridLeader, <FiguresPage />);
    expect((await screen.findByTestId('meeting-tally')).textContent).toContain(
      '收集 349 件 · 已办结 292 件 · 办结率 83.7%',
    );
    const asked = new URL(
      requests.find((request) => request.path.startsWith('/api/figures?'))!.path,
      'http://x',
    ).searchParams;
    expect(asked.get('granularity')).toBe('week');
    expect(asked.get('scope')).toBeNull();
  });

  it('goes down to the workers of their grid, week by week', async () => {
    fakeServer(answer);
    renderAs(gridLeader, <FiguresPage />);
    await screen.findByText('万建华');
    await screen.findByText('巡查 3 次 · 走访 12 户');
  });

  it('asks again for the source picked', async () => {
    const requests = fakeServer(answer);
    renderAs(gridLeader, <FiguresPage />);
    await screen.findByTestId('meeting-tally');
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('来源'));
    await user.click(await screen.findByTitle('书记下午茶'));
    await waitFor(() =>
      expect(requests.some((request) => request.path.includes('source=meeting'))).toBe(true),
    );
  });
});
