import type { Actor, Level } from '@gridline/events';
import type * as cmd from '../caseCommands.ts';
import { caseId } from './history.ts';
import { assignmentOf, departments, place } from './people.ts';
import { summonsId } from './stories.ts';
import { monday } from './time.ts';

// The When part: one builder per command, with the payload a console would send.

const by = (actor: Actor, now: Date = monday) => ({ caseId, actor, now, occurredAt: now });

export const logDispute = (
  actor: Actor,
  changes: Partial<cmd.LogDispute['payload']> = {},
  now = monday,
): cmd.LogDispute => ({
  type: 'LogDispute',
  ...by(actor, now),
  payload: {
    place,
    riskLevel: 'medium',
    title: '楼上漏水引发邻里纠纷',
    description: '302室卫生间漏水至202室，双方就维修费用协商未果。',
    disputeType: 'neighbour',
    parties: [
      { name: '赵敏', phone: '13800138000', idNumber: '11010519491231002X', role: 'applicant' },
      { name: '钱进', role: 'respondent' },
    ],
    source: 'resident',
    ...changes,
  },
});

export const reportIssue = (
  actor: Actor,
  changes: Partial<cmd.ReportIssue['payload']> = {},
): cmd.ReportIssue => ({
  type: 'ReportIssue',
  ...by(actor),
  payload: {
    place,
    riskLevel: 'high',
    title: '楼道内电动车充电',
    description: '3号楼1单元楼道有电动车飞线充电。',
    category: 'hazard',
    source: 'hotline',
    reporter: { name: '孙丽', phone: '13900139000' },
    ...changes,
  },
});

export const assign = (
  actor: Actor,
  assignee: Actor,
  {
    now = monday,
    assignments = [assignmentOf(assignee)],
  }: { now?: Date; assignments?: readonly cmd.StaffAssignmentRef[] } = {},
): cmd.AssignCase => ({
  type: 'AssignCase',
  ...by(actor, now),
  payload: { assigneeId: assignee.personId },
  assigneeAssignments: assignments,
});

export const accept = (actor: Actor): cmd.AcceptCase => ({
  type: 'AcceptCase',
  ...by(actor),
  payload: {},
});

export const escalate = (
  actor: Actor,
  toLevel: cmd.EscalateCase['payload']['toLevel'],
  {
    departmentId,
    existing = Object.values(departments),
    now = monday,
    reason = 'beyond_authority',
  }: {
    departmentId?: string;
    existing?: readonly string[];
    now?: Date;
    reason?: cmd.EscalateCase['payload']['reason'];
  } = {},
): cmd.EscalateCase => ({
  type: 'EscalateCase',
  ...by(actor, now),
  payload: {
    toLevel,
    reason,
    ...(departmentId === undefined ? {} : { departmentId }),
  },
  existingDepartmentIds: existing,
});

export const returnCase = (
  actor: Actor,
  toLevel: cmd.ReturnCase['payload']['toLevel'],
  payload: Partial<cmd.ReturnCase['payload']> = {},
): cmd.ReturnCase => ({
  type: 'ReturnCase',
  ...by(actor),
  payload: {
    toLevel,
    reason: '属网格可处理事项。',
    guidance: '请联系物业协助维修后再调解。',
    ...payload,
  },
});

export const summon = (
  actor: Actor,
  {
    urgent = false,
    lead = departments.police,
    assisting = [departments.urbanManagement],
    existing = Object.values(departments),
    now = monday,
    reportBy,
  }: {
    urgent?: boolean;
    lead?: string;
    assisting?: string[];
    existing?: readonly string[];
    now?: Date;
    reportBy?: Record<string, string>;
  } = {},
): cmd.SummonDepartments => ({
  type: 'SummonDepartments',
  ...by(actor, now),
  payload: {
    leadDepartmentId: lead,
    assistingDepartmentIds: assisting,
    urgent,
    request: '请到场处置。',
    ...(reportBy === undefined ? {} : { reportBy }),
  },
  summonsId: 'S-20260601-0002',
  existingDepartmentIds: existing,
});

export const report = (
  actor: Actor,
  departmentId: string,
  summons = summonsId,
): cmd.RecordDepartmentReport => ({
  type: 'RecordDepartmentReport',
  ...by(actor),
  payload: { summonsId: summons, departmentId, response: '民警已到场。' },
});

export const extend = (actor: Actor, newDeadline: string, now = monday): cmd.ExtendDeadline => ({
  type: 'ExtendDeadline',
  ...by(actor, now),
  payload: { newDeadline, reason: '需等待物业出具漏水鉴定。' },
});

export const recordDeadlineMissed = (
  level: Level,
  deadline: string,
  now: Date,
  actor: Actor,
): cmd.RecordDeadlineMissed => ({
  type: 'RecordDeadlineMissed',
  ...by(actor, now),
  payload: { level, deadline },
});

export * from './settlementCommands.ts';
export { everyCommand } from './everyCommand.ts';
