import type { zhCN } from '../zhCN/index.ts';

type Zh = typeof zhCN;

export const action: Zh['action'] = {
  button: {
    assign: 'Dispatch',
    accept: 'Accept',
    mediate: 'Mediate…',
    escalate: 'Escalate',
    resolve: 'Resolve',
    note: 'Note',
  },
  title: {
    assign: 'Dispatch the case',
    accept: 'Accept the case',
    mediate: 'Record a mediation',
    escalate: 'Escalate one level up',
    resolve: 'Resolve the case',
    note: 'Add a note',
  },
  submit: {
    assign: 'Dispatch',
    accept: 'Accept',
    mediate: 'Record mediation',
    escalate: 'Escalate',
    resolve: 'Resolve',
    note: 'Add note',
  },
  doing: {
    assign: 'dispatch',
    accept: 'accept',
    mediate: 'record the mediation',
    escalate: 'escalate',
    resolve: 'resolve',
    note: 'add the note',
  },
};

export const field: Zh['field'] = {
  mediationOutcome: 'Outcome',
  mediationSummary: 'What happened',
  mediatorName: 'Mediator',
  agreementTerms: 'Agreement terms',
  resolutionOutcome: 'Outcome',
  resolutionSummary: 'What was done',
  note: 'Note',
  assignee: 'Dispatch to',
  instructions: 'Instructions',
  toLevel: 'Escalate to',
  department: 'Department',
  escalationReason: 'Reason',
  explanation: 'Explanation',
  title: 'Title',
  description: 'Description',
  building: 'Building',
  riskLevel: 'Risk',
  source: 'Source',
  disputeType: 'Kind of dispute',
  parties: 'Parties',
  partyName: 'Name',
  partyRole: 'Role',
  phone: 'Phone',
  idNumber: 'ID number',
  category: 'Category',
  reporterName: 'Reporter’s name (optional)',
};

export const conflict: Zh['conflict'] = {
  title: 'Someone else changed this case while you were filling this in',
  explain:
    'The page now shows the case as it stands, and what you typed is kept. Here is what changed since you opened it:',
  reviewed: 'I have checked: send again on the current state',
  noLonger: 'As the case stands now, you can no longer take this step.',
};

export const deadline = {
  overdueDays_one: '{{count}} day overdue',
  overdueDays_other: '{{count}} days overdue',
  overdueHours_one: '{{count}} hour overdue',
  overdueHours_other: '{{count}} hours overdue',
  dueToday: 'Due today',
  dueOn: 'Due {{date}}',
};

export const caseList: Zh['caseList'] = {
  deadline: 'Deadline',
  case: 'Case',
  status: 'Status',
  assignee: 'Assignee',
  dueAt: 'Due',
  actions: 'Actions',
  empty: 'No cases',
};

export const timeline: Zh['timeline'] = {
  accessLog: 'access log',
  occurredAt: 'happened in the field at {{dateTime}}',
  what: {
    DisputeLogged: 'Logged the dispute',
    IssueReported: 'Reported the issue',
    CaseAssigned: 'Dispatched → {{person}}',
    CaseAccepted: 'Accepted',
    MediationRecorded: 'Mediation: {{outcome}}',
    CaseEscalated: 'Escalated to the {{level}}',
    CaseReturned: 'Returned to the {{level}}',
    DepartmentSummoned: 'Summoned {{department}} (lead)',
    DepartmentReported: '{{department}} reported in',
    SummonsWithdrawn: 'Withdrew a summons',
    CaseRiskReassessed: 'Risk reassessed: {{risk}}',
    DeadlineExtended: 'Deadline extended to {{dateTime}}',
    ResolutionVerified: '{{outcome}}',
    CaseResolved: 'Resolved: {{outcome}}',
    ReturnVisitRecorded: 'Return visit: {{outcome}}',
    CaseReopened: 'Reopened',
    CaseClosed: 'Closed ({{outcome}})',
    CaseDeadlineMissed: 'The {{level}} deadline passed ({{dateTime}})',
    CaseNoteAdded: 'Note',
    PersonalDataRevealed: 'Revealed residents’ data',
    PersonalDataErased: 'Erased residents’ personal data',
  },
};
