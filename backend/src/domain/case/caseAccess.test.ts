import type { Actor } from '@gridline/events';
import { describe, it } from 'vitest';
import {
  addNote,
  escalate,
  everyCommand,
  logDispute,
  recordDeadlineMissed,
  resolve,
} from './specification/commands.ts';
import { given, nothing } from './specification/given.ts';
import { caseId } from './specification/history.ts';
import { elsewhere, people, place } from './specification/people.ts';
import {
  closedCase,
  inProgressAtCommunity,
  inProgressAtGrid,
  summonedAtCommunity,
} from './specification/stories.ts';
import { dueFromMonday, monday } from './specification/time.ts';

// Role and scope, checked before any rule of a step: auditors read, the system records
// missed deadlines, everyone else acts only where their scope reaches.

describe('When an auditor acts', () => {
  it.each(everyCommand(people.auditor).map((command) => [command.type, command] as const))(
    'refuses %s, since auditors change nothing',
    (_type, command) => {
      given(inProgressAtGrid)
        .when(command)
        .thenThrows('forbidden', /Auditors .* change nothing/);
    },
  );
});

describe('When the system acts', () => {
  it.each(
    everyCommand(people.deadlineProcess)
      .filter((command) => !['RecordDeadlineMissed', 'EscalateCase'].includes(command.type))
      .map((command) => [command.type, command] as const),
  )('refuses %s, since it records misses and escalates overdue cases only', (_type, command) => {
    given(inProgressAtGrid)
      .when(command)
      .thenThrows('forbidden', /records missed deadlines and escalates overdue cases/);
  });

  it('refuses the system escalating for any reason but overdue', () => {
    given(inProgressAtGrid)
      .when(escalate(people.deadlineProcess, 'community'))
      .thenThrows('forbidden', /only for reason overdue, not beyond_authority/);
  });

  it('refuses a person recording a missed deadline, even an admin', () => {
    const after = new Date('2026-06-05T09:00:00+08:00');
    given(inProgressAtGrid)
      .when(recordDeadlineMissed('grid', dueFromMonday.grid, after, people.admin))
      .thenThrows('forbidden', /Only the deadline process/);
  });
});

describe('When a person acts outside their scope', () => {
  it('refuses a grid worker of the neighbouring grid', () => {
    given(inProgressAtGrid)
      .when(addNote(people.neighbouringGridWorker))
      .thenThrows('forbidden', /p-sun-yang .* has no access to case/);
  });

  it('refuses community staff of another community', () => {
    given(inProgressAtCommunity)
      .when(escalate(people.otherCommunityStaff, 'street'))
      .thenThrows('forbidden', /has no access/);
  });

  it('refuses a street supervisor of another street', () => {
    given(inProgressAtCommunity)
      .when(addNote(people.otherStreetSupervisor))
      .thenThrows('forbidden', /has no access/);
  });

  it('refuses an account whose role does not match its scope kind', () => {
    const misfiled: Actor = { ...people.gridWorker, scope: { kind: 'street', id: place.streetId } };
    given(inProgressAtGrid)
      .when(addNote(misfiled))
      .thenThrows('forbidden', /does not belong in a street scope/);
  });

  it('refuses a liaison on a case that never summoned their department', () => {
    given(inProgressAtCommunity)
      .when(addNote(people.policeLiaison))
      .thenThrows('forbidden', /has no access/);
  });

  it('refuses a liaison of a summoned department anything but reports, notes and reads', () => {
    given(summonedAtCommunity)
      .when(resolve(people.policeLiaison))
      .thenThrows('forbidden', /may not resolve/);
  });

  it('refuses out-of-scope people before telling them anything about the case', () => {
    given(closedCase)
      .when(escalate(people.neighbouringGridLeader, 'community'))
      .thenThrows('forbidden', /has no access/);
  });
});

describe('When an admin acts', () => {
  it('lets them act on a case anywhere in the district', () => {
    given(inProgressAtCommunity)
      .when(addNote(people.admin))
      .then([{ type: 'CaseNoteAdded', data: { caseId, text: '当事人要求周末上门。' } }]);
  });

  it('lets them open a case in any grid', () => {
    const command = logDispute(people.admin, { place: { ...place, gridId: elsewhere.gridId } });
    given(nothing)
      .when(command)
      .then([
        {
          type: 'DisputeLogged',
          data: { caseId, ...command.payload, level: 'grid', deadline: dueFromMonday.grid },
        },
      ]);
  });
});

describe('When the case does not exist', () => {
  it('refuses every step but opening it', () => {
    given(nothing)
      .when(addNote(people.gridWorker))
      .thenThrows('illegal_state', /Case C-20260601-0001 does not exist/);
  });
});

describe('When a command is malformed', () => {
  it('refuses a payload the schema rejects, naming the field', () => {
    const blank = { ...addNote(people.gridWorker), payload: { text: '   ' } };
    given(inProgressAtGrid)
      .when(blank)
      .thenThrows('invalid', /text must not be blank/);
  });

  it('refuses fields the payload does not have', () => {
    const extra = { ...addNote(people.gridWorker), payload: { text: '备注', colour: 'red' } };
    given(inProgressAtGrid)
      .when(extra)
      .thenThrows('invalid', /AddCaseNote is invalid/);
  });

  it('refuses a case id that could not name a stream', () => {
    const command = { ...addNote(people.gridWorker), caseId: 'C 1/2' };
    given(inProgressAtGrid)
      .when(command)
      .thenThrows('invalid', /is not a case id/);
  });

  it('refuses a command given another case’s state', () => {
    const command = { ...addNote(people.gridWorker), caseId: 'C-OTHER' };
    given(inProgressAtGrid)
      .when(command)
      .thenThrows('invalid', /given the state of case/);
  });

  it('refuses a command without a valid time', () => {
    const command = { ...addNote(people.gridWorker), now: new Date('not a time') };
    given(inProgressAtGrid)
      .when(command)
      .thenThrows('invalid', /no valid time/);
  });
});

describe('When the case is closed', () => {
  it.each(
    everyCommand(people.admin)
      .filter(({ type }) => type !== 'AddCaseNote')
      .filter(({ type }) => !['LogDispute', 'ReportIssue', 'RecordDeadlineMissed'].includes(type))
      .map((command) => [command.type, command] as const),
  )('rejects %s', (_type, command) => {
    given(closedCase)
      .when(command)
      .thenThrows('illegal_state', /closed: it accepts nothing but notes/);
  });

  it('rejects recording a missed deadline', () => {
    given(closedCase)
      .when(recordDeadlineMissed('grid', dueFromMonday.grid, monday, people.deadlineProcess))
      .thenThrows('illegal_state', /closed/);
  });

  it('rejects opening it again', () => {
    given(closedCase)
      .when(logDispute(people.gridWorker))
      .thenThrows('illegal_state', /already exists/);
  });

  it('accepts a note', () => {
    given(closedCase)
      .when(addNote(people.gridWorker))
      .then([{ type: 'CaseNoteAdded', data: { caseId, text: '当事人要求周末上门。' } }]);
  });
});
