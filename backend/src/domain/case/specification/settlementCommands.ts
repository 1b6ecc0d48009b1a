import type { Actor } from '@gridline/events';
import type * as cmd from '../caseCommands.ts';
import type { RevealPersonalData } from '../decideReveal.ts';
import { caseId } from './history.ts';
import { monday } from './time.ts';

// The When part for settling a case and keeping its record.

const by = (actor: Actor, now: Date = monday) => ({ caseId, actor, now, occurredAt: now });

export const mediate = (
  actor: Actor,
  payload: Partial<cmd.RecordMediation['payload']> = {},
): cmd.RecordMediation => ({
  type: 'RecordMediation',
  ...by(actor),
  payload: { outcome: 'agreement', summary: '双方同意各担一半维修费。', ...payload },
});

export const resolve = (
  actor: Actor,
  outcome: cmd.ResolveCase['payload']['outcome'] = 'mediated',
): cmd.ResolveCase => ({
  type: 'ResolveCase',
  ...by(actor),
  payload: { outcome, summary: '双方达成协议，维修费用各担一半。' },
});

export const verify = (
  actor: Actor,
  outcome: cmd.VerifyResolution['payload']['outcome'] = 'confirmed',
  now = monday,
): cmd.VerifyResolution => ({
  type: 'VerifyResolution',
  ...by(actor, now),
  payload: { outcome, method: 'site_visit' },
});

export const recordReturnVisit = (
  actor: Actor,
  rating: cmd.RecordReturnVisit['payload']['rating'] = 'satisfied',
): cmd.RecordReturnVisit => ({
  type: 'RecordReturnVisit',
  ...by(actor),
  payload: { rating, method: 'phone' },
});

export const reopen = (
  actor: Actor,
  trigger: cmd.ReopenCase['payload']['trigger'] = 'new_information',
  now = monday,
): cmd.ReopenCase => ({
  type: 'ReopenCase',
  ...by(actor, now),
  payload: { trigger, reason: '回访不满意：维修后仍有渗水。' },
});

export const close = (actor: Actor, now = monday, overruleReason?: string): cmd.CloseCase => ({
  type: 'CloseCase',
  ...by(actor, now),
  payload: overruleReason === undefined ? {} : { overruleReason },
});

export const withdrawSummons = (actor: Actor, summonsId: string): cmd.WithdrawSummons => ({
  type: 'WithdrawSummons',
  ...by(actor),
  payload: { summonsId, reason: '城管已无需到场。' },
});

export const reassessRisk = (
  actor: Actor,
  riskLevel: cmd.ReassessRisk['payload']['riskLevel'],
): cmd.ReassessRisk => ({
  type: 'ReassessRisk',
  ...by(actor),
  payload: { riskLevel, reason: '双方多次发生口角，有激化风险。' },
});

export const addNote = (actor: Actor): cmd.AddCaseNote => ({
  type: 'AddCaseNote',
  ...by(actor),
  payload: { text: '当事人要求周末上门。' },
});

export const reveal = (
  actor: Actor,
  fields: string[] = ['parties[].phone'],
): RevealPersonalData => ({
  type: 'RevealPersonalData',
  caseId,
  actor,
  payload: { fields, reason: '需电话联系申请人确认调解时间。' },
});
