import { caseStream, erasedPersonalValue, type Actor } from '@gridline/events';
import { sampleEvent, sampleEvents } from '@gridline/events/fixtures/sampleEvents.ts';
import { describe, expect, it } from 'vitest';
import { projectEvents, recorded } from '../testing/projectionSpec.ts';
import { auditLogProjection } from './auditLogProjection.ts';
import {
  auditedData,
  listAuditLog,
  type AuditLogFilters,
  type AuditLogPageRequest,
} from './auditLogQueries.ts';

const worker: Actor = {
  personId: 'p-worker',
  role: 'grid_worker',
  scope: { kind: 'grid', id: 'g-1' },
};
const leader: Actor = {
  personId: 'p-leader',
  role: 'grid_leader',
  scope: { kind: 'grid', id: 'g-1' },
};

describe('The audit log read model', () => {
  const logged = recorded(sampleEvent('DisputeLogged'), {
    streamName: 'case-1',
    revision: 0n,
    actor: worker,
    recordedAt: '2026-06-01T09:00:00+08:00',
  });
  const assigned = recorded(sampleEvent('CaseAssigned'), {
    streamName: 'case-1',
    revision: 1n,
    actor: leader,
    recordedAt: '2026-06-01T01:30:00.000Z',
  });
  const patrol = recorded(sampleEvent('InspectionRecorded'), {
    streamName: 'inspection-7',
    actor: worker,
    recordedAt: '2026-06-01T02:00:00.000Z',
  });
  const other = recorded(sampleEvent('CaseNoteAdded'), {
    streamName: 'case-10',
    actor: leader,
    recordedAt: '2026-06-02T00:00:00.000Z',
  });
  const log = [logged, assigned, patrol, other];
  const { db } = projectEvents(auditLogProjection, log);
  const list = (filters: AuditLogFilters, more: Partial<AuditLogPageRequest> = {}) =>
    listAuditLog(db, { filters, direction: 'asc', start: null, limit: 50, ...more });
  const streams = (filters: AuditLogFilters) =>
    list(filters).items.map(({ entry }) => `${entry.stream}@${entry.revision}`);

  it('keeps every event of every type, one row each, with its envelope', () => {
    const every = projectEvents(
      auditLogProjection,
      sampleEvents().map((event) => recorded(event)),
    );
    expect(every.rows('audit_log').map((row) => row['event_type'])).toEqual(
      sampleEvents().map((event) => event.type),
    );
    expect(list({ stream: 'case-1' }).items[0]).toEqual({
      entry: {
        position: `${logged.position.commit}/${logged.position.prepare}`,
        stream: 'case-1',
        revision: '0',
        type: 'DisputeLogged',
        metadata: logged.metadata,
      },
      erased: undefined,
    });
  });

  it("holds no event data, so none of residents' personal data, whichever the stream", () => {
    const rows = JSON.stringify(projectEvents(auditLogProjection, log).rows('audit_log'));
    for (const clear of ['赵敏', '13800138000', '110101199003071234', '周大爷', '赵*']) {
      expect(rows).not.toContain(clear);
    }
  });

  it('shows data masked, and erased where the stream says its residents were', () => {
    const parties = (data: Record<string, unknown>) =>
      (data['parties'] as { name: string }[]).map((party) => party.name);
    const data = logged.event.data as unknown as Record<string, unknown>;
    expect(parties(auditedData('DisputeLogged', data, undefined))).toEqual(['赵*', '钱*']);
    expect(parties(auditedData('DisputeLogged', data, 'all'))).toEqual([
      erasedPersonalValue,
      erasedPersonalValue,
    ]);
    expect(parties(auditedData('DisputeLogged', data, new Set(['parties[1]'])))).toEqual([
      '赵*',
      erasedPersonalValue,
    ]);
    const erasure = sampleEvent('PersonalDataErased');
    const stream = caseStream(erasure.data.caseId);
    const erased = projectEvents(auditLogProjection, [
      recorded(sampleEvent('DisputeLogged'), { streamName: stream, revision: 0n }),
      recorded(erasure, { streamName: stream, revision: 1n }),
      logged,
    ]);
    const listed = listAuditLog(erased.db, {
      filters: { type: 'DisputeLogged' },
      direction: 'asc',
      start: null,
      limit: 50,
    }).items;
    expect(new Map(listed.map((item) => [item.entry.stream, item.erased]))).toEqual(
      new Map([
        [stream, 'all'],
        ['case-1', undefined],
      ]),
    );
  });

  it('writes an event delivered twice once', () => {
    const twice = projectEvents(auditLogProjection, [logged, logged]);
    expect(twice.rows('audit_log')).toHaveLength(1);
  });

  it('filters by type, actor, exact stream and stream prefix', () => {
    expect(streams({ type: 'CaseAssigned' })).toEqual(['case-1@1']);
    expect(streams({ actor: 'p-worker' })).toEqual(['case-1@0', 'inspection-7@0']);
    expect(streams({ stream: 'case-1' })).toEqual(['case-1@0', 'case-1@1']);
    expect(streams({ streamPrefix: 'case-' })).toEqual(['case-1@0', 'case-1@1', 'case-10@0']);
    expect(streams({ streamPrefix: 'case-1' })).toEqual(['case-1@0', 'case-1@1', 'case-10@0']);
    expect(streams({ streamPrefix: 'case_' })).toEqual([]);
  });

  it('filters by the instant recorded, whatever offset the timestamp was written with', () => {
    // 09:00+08:00 is 01:00Z: inside [01:00Z, 02:00Z) with the 01:30Z event, not the 02:00Z one.
    expect(
      streams({
        recordedFrom: new Date('2026-06-01T01:00:00Z'),
        recordedTo: new Date('2026-06-01T02:00:00Z'),
      }),
    ).toEqual(['case-1@0', 'case-1@1']);
  });

  it('pages by position either way, every event once, and starts where asked', () => {
    const walk = (direction: 'asc' | 'desc') => {
      const seen: string[] = [];
      let start: AuditLogPageRequest['start'] = null;
      do {
        const page = list({}, { direction, start, limit: 3 });
        seen.push(...page.items.map((item) => item.entry.position));
        start = page.next && { position: page.next.position, inclusive: false };
      } while (start);
      return seen;
    };
    const positions = log.map((event) => `${event.position.commit}/${event.position.prepare}`);
    expect(walk('asc')).toEqual(positions);
    expect(walk('desc')).toEqual(positions.toReversed());
    const from = { position: patrol.position, inclusive: true };
    expect(list({}, { start: from }).items.map((item) => item.entry.position)).toEqual(
      positions.slice(2),
    );
    expect(list({}, { start: from, direction: 'desc' }).items).toHaveLength(3);
  });
});
