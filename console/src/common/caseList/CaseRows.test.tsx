import type { CaseBoardItem } from '@gridline/projections';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { streetSupervisorLike } from './caseRowsFixtures.ts';
import { fakeServer, renderAs } from '../../testing/renderWithConsole.tsx';
import { organisation } from '../../testing/caseFixtures.ts';
import { caseRowHeight, CaseRows } from './CaseRows.tsx';
import { virtualWindow } from './virtualWindow.ts';

const manyCases = (count: number): CaseBoardItem[] =>
  Array.from({ length: count }, (_, index) => ({
    caseId: `case-${index}`,
    kind: 'issue',
    category: 'facility',
    disputeType: null,
    source: 'resident',
    title: `第${index}号案件`,
    place: {
      streetId: 'ruijing',
      communityId: 'ruiyiyuan',
      gridId: 'ruiyiyuan-g01',
      buildingId: null,
    },
    riskLevel: 'low',
    level: 'street',
    openedAtLevel: 'grid',
    status: 'in_progress',
    assigneeId: null,
    departmentId: null,
    deadline: '2026-12-02T15:59:59.999Z',
    originalDeadline: '2026-12-02T15:59:59.999Z',
    overdue: false,
    openedAt: '2026-11-01T08:00:00.000Z',
    escalatedAt: null,
    escalationCount: 1,
    returnCount: 0,
    reopenCount: 0,
    missedDeadlines: 0,
    resolutionLevel: null,
    resolvedAt: null,
    closedAt: null,
    lastChangeAt: '2026-11-20T08:00:00.000Z',
    lastChangeType: 'CaseAccepted',
  }));

const renderedIds = (container: HTMLElement): string[] =>
  [...container.querySelectorAll('tr[data-case-id]')].map(
    (row) => row.getAttribute('data-case-id') ?? '',
  );

afterEach(() => vi.unstubAllGlobals());

describe('When a list holds a hundred thousand cases', () => {
  it('puts only the rows in view (and a few either side) in the page', () => {
    fakeServer(() => ({ status: 200, body: organisation }));
    const { container } = renderAs(
      streetSupervisorLike,
      <CaseRows cases={manyCases(100_000)} loading={false} viewportHeight={600} />,
    );
    const ids = renderedIds(container);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.length).toBeLessThan(40);
    expect(ids[0]).toBe('case-0');
    expect(screen.getByText('第0号案件')).toBeTruthy();
    expect(screen.queryByText('第99999号案件')).toBeNull();
  });

  it('shows the rows further down once scrolled there, and asks for more at the end', () => {
    fakeServer(() => ({ status: 200, body: organisation }));
    const endReached = vi.fn();
    const { container } = renderAs(
      streetSupervisorLike,
      <CaseRows
        cases={manyCases(100_000)}
        loading={false}
        viewportHeight={600}
        onEndReached={endReached}
      />,
    );
    const scroller = container.querySelector('.virtual-rows') as HTMLElement;
    fireEvent.scroll(scroller, { target: { scrollTop: 50_000 * caseRowHeight } });
    const ids = renderedIds(container);
    expect(ids).toContain('case-50000');
    expect(ids).not.toContain('case-0');
    expect(ids.length).toBeLessThan(40);
    expect(endReached).not.toHaveBeenCalled();

    fireEvent.scroll(scroller, { target: { scrollTop: 100_000 * caseRowHeight } });
    expect(renderedIds(container)).toContain('case-99999');
    expect(endReached).toHaveBeenCalled();
  });
});

describe('When the window is worked out', () => {
  it('covers the rows in view with overscan, and the rest as space', () => {
    expect(virtualWindow(1000, 50, 0, 500, 5)).toEqual({
      start: 0,
      end: 16,
      above: 0,
      below: 984 * 50,
    });
    expect(virtualWindow(1000, 50, 10_000, 500, 5)).toEqual({
      start: 195,
      end: 216,
      above: 195 * 50,
      below: 784 * 50,
    });
    expect(virtualWindow(3, 50, 0, 500, 5)).toEqual({ start: 0, end: 3, above: 0, below: 0 });
  });
});
