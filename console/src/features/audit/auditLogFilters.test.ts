import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../../testing/renderWithConsole.tsx';
import { filtersOf } from './AuditLogFilters.tsx';
import { getAuditEvents } from './getAuditEvents.ts';

afterEach(() => vi.unstubAllGlobals());

describe('When an auditor filters the log', () => {
  it('sends a stream prefix or an exact stream, as chosen, and leaves blanks out', () => {
    expect(filtersOf({ streamMatch: 'prefix', stream: ' case- ', type: '  ' })).toEqual({
      type: undefined,
      actor: undefined,
      streamPrefix: 'case-',
      recordedFrom: undefined,
      recordedTo: undefined,
      fromPosition: undefined,
      newestFirst: false,
    });
    expect(filtersOf({ streamMatch: 'exact', stream: 'access-p1' })).toMatchObject({
      stream: 'access-p1',
    });
  });

  it('turns the times typed on the local clock into instants', () => {
    const { recordedFrom } = filtersOf({ streamMatch: 'prefix', recordedFrom: '2026-11-02T08:30' });
    expect(recordedFrom).toBe(new Date('2026-11-02T08:30').toISOString());
  });

  it('starts at a position on the first page only; the next pages go on from the cursor', async () => {
    const requests = fakeServer(() => ({ status: 200, body: { items: [], nextCursor: null } }));
    await getAuditEvents({ fromPosition: '120/120', newestFirst: true }, null);
    await getAuditEvents({ fromPosition: '120/120', newestFirst: true }, 'abc');
    const [first, next] = requests.map((request) => new URL(request.path, 'http://x').searchParams);
    expect(first?.get('fromPosition')).toBe('120/120');
    expect(first?.get('sort')).toBe('-position');
    expect(next?.get('fromPosition')).toBeNull();
    expect(next?.get('cursor')).toBe('abc');
  });
});
