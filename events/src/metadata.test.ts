import { describe, expect, it } from 'vitest';
import { sampleMetadata } from './fixtures/sampleEvents.ts';
import { eventMetadataSchema } from './metadata.ts';

const pathsOfIssues = (value: unknown) =>
  eventMetadataSchema.safeParse(value).error?.issues.map((issue) => issue.path.join('.'));

describe('Event metadata', () => {
  it('accepts a complete envelope', () => {
    expect(eventMetadataSchema.parse(sampleMetadata())).toEqual(sampleMetadata());
  });

  it('accepts the system as an actor with district scope', () => {
    const actor = {
      personId: 'deadline-process',
      role: 'system',
      scope: { kind: 'district', id: 'd1' },
    };
    expect(eventMetadataSchema.safeParse(sampleMetadata({ actor } as never)).success).toBe(true);
  });

  it.each([
    [{ eventId: 'not-a-uuid' }, 'eventId'],
    [{ schemaVersion: 0 }, 'schemaVersion'],
    [{ schemaVersion: 1.5 }, 'schemaVersion'],
    [{ occurredAt: '2024-06-03T09:12:00' }, 'occurredAt'],
    [{ recordedAt: 'yesterday' }, 'recordedAt'],
    [{ correlationId: '' }, 'correlationId'],
  ])('rejects %j at %s', (change, path) => {
    expect(pathsOfIssues({ ...sampleMetadata(), ...change })).toEqual([path]);
  });

  it('rejects an unknown role or scope kind', () => {
    const actor = { personId: 'p1', role: 'mayor', scope: { kind: 'city', id: 'c1' } };
    expect(pathsOfIssues({ ...sampleMetadata(), actor })).toEqual([
      'actor.role',
      'actor.scope.kind',
    ]);
  });

  it('rejects missing and unknown fields', () => {
    const { causationId: _causation, ...rest } = sampleMetadata();
    expect(pathsOfIssues({ ...rest, tenant: 'x' })).toEqual(['causationId', '']);
  });
});
