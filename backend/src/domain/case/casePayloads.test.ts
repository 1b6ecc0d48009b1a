import { personalDataPathsOf } from '@gridline/events';
import { describe, expect, it } from 'vitest';
import { caseCommandPayloadSchemas, caseCommandTypes } from './caseCommands.ts';
import {
  assignCasePayloadSchema,
  logDisputePayloadSchema,
  revealPersonalDataPayloadSchema,
  summonDepartmentsPayloadSchema,
} from './casePayloads.ts';
import { isResidentIdNumber } from './personalDataFormats.ts';
import { everyCommand } from './specification/everyCommand.ts';
import { people } from './specification/people.ts';

describe('The payload schemas the HTTP layer validates with', () => {
  // The examples are commands the rules accept, so a body the domain can act on must
  // get past HTTP validation, and a misspelt field must be refused, never dropped.
  it('accept the example of every case command, and refuse it with an unknown field', () => {
    const examples = everyCommand(people.admin);
    expect(new Set(examples.map(({ type }) => type))).toEqual(new Set(caseCommandTypes));
    for (const { type, payload } of examples) {
      const schema = caseCommandPayloadSchemas[type];
      expect(schema.safeParse(payload).error, type).toBeUndefined();
      expect(schema.safeParse({ ...payload, remarks: '多写的字段' }).success, type).toBe(false);
    }
  });

  it('refuse fields they do not know, at every depth', () => {
    expect(assignCasePayloadSchema.safeParse({ assigneeId: 'p-1', priority: 1 }).success).toBe(
      false,
    );
    const party = { name: '赵敏', role: 'applicant', nickname: '小赵' };
    const dispute = { ...disputeBody(), parties: [party] };
    expect(logDisputePayloadSchema.safeParse(dispute).success).toBe(false);
  });

  it('keep residents’ details marked as personal data, as the events do', () => {
    const paths = personalDataPathsOf(logDisputePayloadSchema).map(({ path }) => path);
    expect(paths.sort()).toEqual(['parties[].idNumber', 'parties[].name', 'parties[].phone']);
  });

  it('let a summons leave out assisting departments', () => {
    const body = { leadDepartmentId: 'dept-police', urgent: false, request: '请到场。' };
    expect(summonDepartmentsPayloadSchema.parse(body).assistingDepartmentIds).toEqual([]);
  });

  it('accept only personal-data paths, and free text that may hold typed-in numbers, for a reveal', () => {
    const reveal = (fields: string[]) =>
      revealPersonalDataPayloadSchema.safeParse({ fields, reason: '核实身份。' }).success;
    expect(reveal(['parties[].phone', 'respondent.name'])).toBe(true);
    expect(reveal(['description', 'text'])).toBe(true);
    expect(reveal(['caseId'])).toBe(false);
    expect(reveal(['place.gridId'])).toBe(false);
    expect(reveal([])).toBe(false);
  });
});

describe('A resident ID number', () => {
  it('is accepted with a correct check character, including X', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('440524188001010014')).toBe(true);
  });

  it('is refused with a wrong check character or the wrong length', () => {
    expect(isResidentIdNumber('110105194912310021')).toBe(false);
    expect(isResidentIdNumber('11010519491231002')).toBe(false);
    expect(isResidentIdNumber('11010519491231002x')).toBe(false);
  });
});

function disputeBody() {
  return {
    place: { streetId: 's', communityId: 'c', gridId: 'g' },
    riskLevel: 'low',
    title: '纠纷',
    description: '描述',
    disputeType: 'parking',
  };
}
