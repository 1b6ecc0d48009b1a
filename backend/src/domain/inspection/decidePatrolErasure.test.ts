import type { Actor } from '@gridline/events';
import { describe, expect, it } from 'vitest';
import type { ErasureStatus } from '../case/decideErasure.ts';
import { DomainError } from '../domainError.ts';
import { elsewhere, people, place } from '../case/specification/people.ts';
import { decidePatrolErasure } from './decidePatrolErasure.ts';
import { recorded } from './inspectionExamples.ts';
import type { InspectionState } from './recordInspection.ts';

const reason = '走访对象家属书面申请删除其个人信息，已核验。';
const inspectionId = recorded.inspectionId;
const withKeys: ErasureStatus = { liveKeys: 2, erasedKeys: 0 };
// The patrol walked the specification's own street, so its supervisor reaches it.
const patrolHere: InspectionState = { status: 'recorded', inspection: { ...recorded, place } };

const erase = (
  actor: Actor,
  {
    status = withKeys,
    state = patrolHere as InspectionState,
    residents = undefined as string | undefined,
  } = {},
) =>
  decidePatrolErasure(
    {
      type: 'ErasePatrolPersonalData',
      inspectionId,
      actor,
      payload: { reason, ...(residents === undefined ? {} : { residents }) },
    },
    state,
    status,
  );

const refusal = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.kind;
    throw error;
  }
  return undefined;
};

describe('When a patrol’s residents’ personal data is to be erased', () => {
  it('records it for the admin and the supervisor of the patrol’s street, no one else', () => {
    expect(erase(people.admin)).toEqual([
      { type: 'PatrolPersonalDataErased', data: { inspectionId, reason } },
    ]);
    expect(erase(people.streetSupervisor)).toHaveLength(1);
    for (const actor of [people.otherStreetSupervisor, people.auditor, people.gridLeader]) {
      expect(refusal(() => erase(actor))).toBe('forbidden');
    }
    const there = { ...recorded, place: { ...place, streetId: elsewhere.streetId } };
    expect(
      refusal(() =>
        erase(people.streetSupervisor, { state: { status: 'recorded', inspection: there } }),
      ),
    ).toBe('forbidden');
  });

  it('names one welfare check, and refuses one the patrol lacks or a case’s party', () => {
    expect(erase(people.admin, { residents: 'welfareChecks[1]' })[0]!.data).toMatchObject({
      residents: 'welfareChecks[1]',
    });
    const none = { liveKeys: 0, erasedKeys: 0 };
    expect(
      refusal(() => erase(people.admin, { residents: 'welfareChecks[9]', status: none })),
    ).toBe('not_found');
    expect(refusal(() => erase(people.admin, { residents: 'parties[0]' }))).toBe('invalid');
  });

  it('refuses an unknown patrol, and one already erased', () => {
    expect(refusal(() => erase(people.admin, { state: { status: 'unrecorded' } }))).toBe(
      'not_found',
    );
    expect(refusal(() => erase(people.admin, { status: { liveKeys: 0, erasedKeys: 2 } }))).toBe(
      'illegal_state',
    );
  });
});
