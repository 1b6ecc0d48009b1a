import type { Actor } from '@gridline/events';
import type * as cmd from '../caseCommands.ts';
import {
  accept,
  assign,
  escalate,
  extend,
  logDispute,
  recordDeadlineMissed,
  report,
  reportIssue,
  returnCase,
  summon,
} from './commands.ts';
import { departments, people } from './people.ts';
import {
  addNote,
  close,
  mediate,
  recordReturnVisit,
  reassessRisk,
  reopen,
  resolve,
  verify,
  withdrawSummons,
} from './settlementCommands.ts';
import { dueFromMonday, endOfDay, monday } from './time.ts';

/** One command of every type by the same actor, for rules that hold whatever the step. */
export const everyCommand = (actor: Actor): readonly cmd.CaseCommand[] => [
  logDispute(actor),
  reportIssue(actor),
  assign(actor, people.secondGridWorker),
  accept(actor),
  mediate(actor),
  escalate(actor, 'community'),
  summon(actor),
  report(actor, departments.police),
  extend(actor, endOfDay('2026-06-30')),
  verify(actor),
  returnCase(actor, 'grid'),
  resolve(actor),
  recordReturnVisit(actor),
  reopen(actor),
  close(actor),
  recordDeadlineMissed('grid', dueFromMonday.grid, monday, actor),
  addNote(actor),
  withdrawSummons(actor, 'S-20260601-0001'),
  reassessRisk(actor, 'high'),
];
