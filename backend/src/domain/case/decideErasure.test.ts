import type { Actor } from '@gridline/events';
import { describe, expect, it } from 'vitest';
import { decideErasure, type ErasureStatus } from './decideErasure.ts';
import { DomainError } from './domainError.ts';
import { foldCase } from './index.ts';
import { caseId } from './specification/history.ts';
import { people } from './specification/people.ts';
import { inProgressAtGrid } from './specification/stories.ts';

const reason = '当事人书面申请删除个人信息，已核验身份。';
const withKeys: ErasureStatus = { liveKeys: 3, erasedKeys: 0 };

const erase = (actor: Actor, status = withKeys, history = inProgressAtGrid, why = reason) =>
  decideErasure(
    { type: 'ErasePersonalData', caseId, actor, payload: { reason: why } },
    foldCase(history),
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

describe('When a resident’s personal data is to be erased', () => {
  it('records the erasure, with its reason and no personal data, for the admin', () => {
    expect(erase(people.admin)).toEqual([{ type: 'PersonalDataErased', data: { caseId, reason } }]);
  });

  it('lets the street supervisor of the case’s street erase, and no other street’s', () => {
    expect(erase(people.streetSupervisor)).toHaveLength(1);
    expect(refusal(() => erase(people.otherStreetSupervisor))).toBe('forbidden');
  });

  it('refuses the auditor, who changes nothing, and the field staff', () => {
    for (const actor of [people.auditor, people.gridWorker, people.gridLeader]) {
      expect(refusal(() => erase(actor))).toBe('forbidden');
    }
  });

  it('refuses an erasure without a reason, and a case already erased', () => {
    expect(refusal(() => erase(people.admin, withKeys, inProgressAtGrid, ' '))).toBe('invalid');
    expect(refusal(() => erase(people.admin, { liveKeys: 0, erasedKeys: 3 }))).toBe(
      'illegal_state',
    );
  });

  it('answers not found for a case that does not exist', () => {
    expect(refusal(() => erase(people.admin, withKeys, []))).toBe('not_found');
  });

  it('records whose data goes when one resident is named, and refuses one the case lacks', () => {
    const named = (status: ErasureStatus) =>
      decideErasure(
        {
          type: 'ErasePersonalData',
          caseId,
          actor: people.admin,
          payload: { reason, residents: 'parties[1]' },
        },
        foldCase(inProgressAtGrid),
        status,
      );
    expect(named({ liveKeys: 1, erasedKeys: 0 })).toEqual([
      { type: 'PersonalDataErased', data: { caseId, reason, residents: 'parties[1]' } },
    ]);
    expect(refusal(() => named({ liveKeys: 0, erasedKeys: 0 }))).toBe('not_found');
    expect(refusal(() => named({ liveKeys: 0, erasedKeys: 1 }))).toBe('illegal_state');
  });
});
