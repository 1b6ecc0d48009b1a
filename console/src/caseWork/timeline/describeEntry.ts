import type { CaseHistoryEntry } from '../caseTypes.ts';

/**
 * What one history entry says, as translation keys and values: `what` names the step
 * (`timeline.what.<type>`), `why` is the reason or text the person gave, in their words.
 * Values named `*Key` are themselves keys (a level, an outcome) the view translates.
 */
export interface EntryDescription {
  readonly what: string;
  readonly values: Readonly<Record<string, string>>;
  readonly why: string | null;
  /** An extra key with values, for facts that need words (a reason code, a new deadline). */
  readonly detail?: { readonly key: string; readonly values: Readonly<Record<string, string>> };
}

const text = (value: string | undefined | null): string | null =>
  value && value.trim() ? value : null;

export function describeEntry(entry: CaseHistoryEntry): EntryDescription {
  const what = `timeline.what.${entry.type}`;
  switch (entry.type) {
    case 'DisputeLogged':
    case 'IssueReported':
      return { what, values: {}, why: entry.data.title };
    case 'CaseAssigned':
      return {
        what,
        values: { personId: entry.data.assigneeId },
        why: text(entry.data.instructions),
      };
    case 'CaseAccepted':
    case 'CaseReopened':
      return { what, values: {}, why: entry.type === 'CaseReopened' ? entry.data.reason : null };
    case 'MediationRecorded':
      return {
        what,
        values: { outcomeKey: `words.mediationOutcome.${entry.data.outcome}` },
        why: entry.data.summary,
      };
    case 'CaseEscalated':
      return {
        what,
        values: { levelKey: `words.level.${entry.data.toLevel}` },
        why: text(entry.data.explanation),
        detail: { key: `words.escalationReason.${entry.data.reason}`, values: {} },
      };
    case 'CaseReturned':
      return {
        what,
        values: { levelKey: `words.level.${entry.data.toLevel}` },
        why: `${entry.data.reason} — ${entry.data.guidance}`,
      };
    case 'DepartmentSummoned': {
      const assisting = entry.data.assisting.map((department) => department.departmentId);
      return {
        what: assisting.length > 0 ? `${what}WithAssisting` : what,
        values: { departmentId: entry.data.lead.departmentId, departmentIds: assisting.join(',') },
        why: entry.data.request,
      };
    }
    case 'DepartmentReported':
      return { what, values: { departmentId: entry.data.departmentId }, why: entry.data.response };
    case 'SummonsWithdrawn':
    case 'DeadlineExtended':
      return {
        what,
        values: entry.type === 'DeadlineExtended' ? { dateTime: entry.data.newDeadline } : {},
        why: entry.data.reason,
      };
    case 'CaseRiskReassessed':
      return {
        what,
        values: { riskKey: `words.risk.${entry.data.riskLevel}` },
        why: entry.data.reason,
      };
    case 'ResolutionVerified':
      return {
        what,
        values: { outcomeKey: `words.verification.${entry.data.outcome}` },
        why: text(entry.data.note),
      };
    case 'CaseResolved':
      return {
        what,
        values: { outcomeKey: `words.resolutionOutcome.${entry.data.outcome}` },
        why: entry.data.summary,
      };
    case 'ReturnVisitRecorded':
      return {
        what,
        values: { outcomeKey: `words.rating.${entry.data.rating}` },
        why: text(entry.data.comment),
      };
    case 'CaseClosed':
      return {
        what,
        values: { outcomeKey: `words.closure.${entry.data.basis}` },
        why: text(entry.data.reason ?? entry.data.note),
      };
    case 'CaseDeadlineMissed':
      return {
        what,
        values: { levelKey: `words.level.${entry.data.level}`, dateTime: entry.data.deadline },
        why: null,
      };
    case 'CaseNoteAdded':
      return { what, values: {}, why: entry.data.text };
    case 'PersonalDataRevealed':
    case 'PersonalDataErased':
    case 'PatrolPersonalDataErased':
      return { what, values: {}, why: entry.data.reason };
  }
}
