// Steps on a case, their forms, and the timeline.
export const action = {
  button: {
    assign: '派单',
    accept: '接单',
    mediate: '调解…',
    escalate: '上报',
    resolve: '办结',
    note: '备注',
  },
  title: {
    assign: '派单',
    accept: '接单',
    mediate: '记录调解',
    escalate: '上报上一级',
    resolve: '办结案件',
    note: '添加备注',
  },
  submit: {
    assign: '派单',
    accept: '确认接单',
    mediate: '记录调解',
    escalate: '确认上报',
    resolve: '确认办结',
    note: '添加备注',
  },
  doing: {
    assign: '派单',
    accept: '接单',
    mediate: '记录调解',
    escalate: '上报',
    resolve: '办结',
    note: '添加备注',
  },
};

export const field = {
  mediationOutcome: '调解结果',
  mediationSummary: '调解经过',
  mediatorName: '调解员',
  agreementTerms: '协议内容',
  resolutionOutcome: '办结方式',
  resolutionSummary: '办理情况',
  note: '备注',
  assignee: '派给',
  instructions: '办理要求',
  toLevel: '上报至',
  department: '职能部门',
  escalationReason: '上报原因',
  explanation: '情况说明',
  title: '标题',
  description: '具体情况',
  building: '楼栋',
  riskLevel: '风险等级',
  source: '来源',
  disputeType: '纠纷类型',
  parties: '当事人',
  partyName: '姓名',
  partyRole: '身份',
  phone: '电话',
  idNumber: '身份证号',
  category: '事件类别',
  reporterName: '反映人姓名（可不填）',
};

export const conflict = {
  title: '此案件在您填写时已被他人更改',
  explain: '页面已刷新为最新状态，您填写的内容仍保留。以下是您打开后发生的变化：',
  reviewed: '我已核对，按最新状态再提交',
  noLonger: '案件现状下，您已不能执行此操作。',
};

export const deadline = {
  overdueDays_other: '逾期 {{count}} 天',
  overdueHours_other: '逾期 {{count}} 小时',
  dueToday: '今日到期',
  dueOn: '限 {{date}}',
};

export const caseList = {
  deadline: '时限',
  case: '案件',
  status: '状态',
  assignee: '承办人',
  dueAt: '办结时限',
  actions: '可办操作',
  empty: '暂无案件',
};

export const timeline = {
  accessLog: '访问记录',
  occurredAt: '现场发生于 {{dateTime}}',
  what: {
    DisputeLogged: '登记纠纷',
    IssueReported: '上报事件',
    CaseAssigned: '派单 → {{person}}',
    CaseAccepted: '接单',
    MediationRecorded: '调解：{{outcome}}',
    CaseEscalated: '上报至{{level}}',
    CaseReturned: '退回{{level}}',
    DepartmentSummoned: '吹哨：{{department}} 主办',
    DepartmentReported: '{{department}} 报到',
    SummonsWithdrawn: '撤回吹哨',
    CaseRiskReassessed: '风险重估为{{risk}}',
    DeadlineExtended: '延期至 {{dateTime}}',
    ResolutionVerified: '{{outcome}}',
    CaseResolved: '办结：{{outcome}}',
    ReturnVisitRecorded: '回访：{{outcome}}',
    CaseReopened: '重新办理',
    CaseClosed: '归档（{{outcome}}）',
    CaseDeadlineMissed: '{{level}}时限已过（{{dateTime}}）',
    CaseNoteAdded: '备注',
    PersonalDataRevealed: '查看当事人信息',
    PersonalDataErased: '删除当事人个人信息',
  },
};
