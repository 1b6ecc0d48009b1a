import { describe, it } from 'vitest';
import { addNote, logDispute } from './specification/commands.ts';
import { given, nothing } from './specification/given.ts';
import { at, caseId, disputeLogged } from './specification/history.ts';
import { people } from './specification/people.ts';
import { monday, shanghai, wednesday } from './specification/time.ts';

// Two clocks: the field worker's (occurredAt) may say work happened earlier than it was
// recorded, but never before what is already on the case's record, nor in the future.

const noteAt = (occurredAt: Date, now = wednesday) => ({
  ...addNote(people.gridWorker),
  now,
  occurredAt,
});

describe('When work is recorded later than it happened', () => {
  const loggedMonday = [at(disputeLogged(), monday)];

  it('accepts a note dated between the last event and now', () => {
    given(loggedMonday)
      .when(noteAt(shanghai('2026-06-02T10:00')))
      .then([{ type: 'CaseNoteAdded', data: { caseId, text: '当事人要求周末上门。' } }]);
  });

  it('refuses a note dated before the case’s previous event', () => {
    given(loggedMonday)
      .when(noteAt(shanghai('2026-05-29T10:00')))
      .thenThrows('invalid', /before the case's previous event \(2026-06-01T01:00:00.000Z\)/);
  });

  it('accepts a device clock up to five minutes ahead of the server', () => {
    given(loggedMonday)
      .when(noteAt(new Date(wednesday.getTime() + 4 * 60_000)))
      .then([{ type: 'CaseNoteAdded', data: { caseId, text: '当事人要求周末上门。' } }]);
  });

  it('does not let a device running fast push others’ work “before” its event', () => {
    const fast = at(disputeLogged(), new Date(monday.getTime() + 4 * 60_000));
    const recordedMonday = {
      ...fast,
      metadata: { ...fast.metadata, recordedAt: monday.toISOString() },
    };
    given([recordedMonday])
      .when(noteAt(new Date(monday.getTime() + 60_000), new Date(monday.getTime() + 60_000)))
      .then([{ type: 'CaseNoteAdded', data: { caseId, text: '当事人要求周末上门。' } }]);
  });

  it('refuses a time further in the future', () => {
    given(loggedMonday)
      .when(noteAt(new Date(wednesday.getTime() + 6 * 60_000)))
      .thenThrows('invalid', /after the server's clock .* cannot have happened yet/);
  });

  it('refuses opening a case dated in the future', () => {
    const command = logDispute(people.gridWorker);
    given(nothing)
      .when({ ...command, occurredAt: new Date(monday.getTime() + 60 * 60_000) })
      .thenThrows('invalid', /cannot have happened yet/);
  });

  it('refuses a command without a valid field time', () => {
    given(loggedMonday)
      .when(noteAt(new Date('not a time')))
      .thenThrows('invalid', /no valid time/);
  });
});
