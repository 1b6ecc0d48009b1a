import type { DepartmentKind, EscalationReason, ReturnVisitRating } from '@gridline/events';

// The words staff write along a case's way: reasons, guidance, reports, visits.

export const escalationExplanations: Record<EscalationReason, readonly string[]> = {
  beyond_authority: [
    '涉及多个部门职责，超出本级处置权限，提请上级协调。',
    '需动用维修资金或协调相关部门，本级无法单独解决。',
  ],
  mediation_failed: ['双方分歧较大，多次调解未果，提请上级调解。'],
  high_risk: ['矛盾有激化风险，按照分级排查要求及时上报。'],
  overdue: ['超出办理时限仍未办结，按规定上报督办。'],
  resident_unsatisfied: ['居民对处理结果不满意，提请上级复核。'],
};

export const mediationSummaries = {
  agreement: ['经耐心调解，双方互谅互让，达成一致意见。', '双方当面沟通，消除误会，同意调解方案。'],
  partial: ['双方就主要诉求达成一致，费用分担仍有分歧。'],
  failed: ['双方分歧较大，调解未成功。', '一方拒绝到场，调解未能进行。'],
} as const;

export const outcomeSummaries = {
  withdrawn: '当事人经沟通后主动撤回申请。',
  referred_to_court: '经释法明理，引导当事人通过诉讼途径解决，已协助准备立案材料。',
  explained: '向居民解释相关政策和处理计划，居民表示理解。',
} as const;

export const returnTexts = {
  reasons: ['属网格职责范围内事项，无需社区层面处理。', '基础情况未核实清楚，退回网格补充。'],
  guidance: [
    '请网格员联系物业现场查看，督促三日内处理完毕，完成后拍照反馈。',
    '请网格长牵头入户核实，形成处置意见后再报。',
  ],
} as const;

export const extensionReasons = [
  '需等待物业采购配件，申请延期。',
  '当事人外出务工，需待其返回后再行调解。',
  '维修资金使用需业主表决，申请延长办理时限。',
] as const;

export const caseNotes = [
  '已电话联系当事人，约定明日上门。',
  '已拍照留存现场情况，上传至工作群。',
  '当事人要求待家属返回后再协商。',
  '楼栋长协助做了思想工作，情绪已平稳。',
] as const;

export const verificationNotes = {
  site_visit: '现场核查，问题已整改到位。',
  phone: '电话核实，当事人确认已处理。',
  documents: '查阅处置记录和照片，符合办结要求。',
} as const;

export const visitComments: Record<ReturnVisitRating, readonly string[]> = {
  satisfied: ['问题解决了，网格员很负责，非常满意。', '处理及时，感谢社区。'],
  basically_satisfied: ['基本解决了，希望以后多关注。', '处理得还行，就是时间长了点。'],
  unsatisfied: ['问题又出现了，只是临时处理，没有根本解决。', '对处理结果不满意，希望重新处理。'],
};

export const reopenReasons = [
  '回访居民不满意，问题反复，重新办理。',
  '回访发现问题未彻底解决，重新派单处理。',
] as const;

export const closingNotes = ['回访满意，归档。', '核查、回访完成，一案一档归档。'] as const;
export const closingWithoutVisitNote = '回访期内未能联系到当事人，核查无误，按规定归档。';

export const departmentResponses: Record<DepartmentKind, string> = {
  police_station: '已派社区民警到场了解情况，配合做好调处和安全防范工作。',
  judicial_office: '已安排人民调解员参与调解，为当事人提供法律咨询。',
  property_company: '已安排维修人员现场查看，制定整改方案并明确完成时限。',
  urban_management: '执法中队已到场核查，依法责令限期整改。',
  market_supervision: '已对相关经营主体开展检查，督促依法规范经营。',
  housing: '已派员核实情况，指导维修资金申请和工程质量把关。',
  other: '已收到通知，安排专人跟进处理。',
};

export const summonsRequest = (title: string, urgent: boolean): string =>
  `${urgent ? '网格吹哨，请立即派员到场：' : '请相关部门派员到场协助处置：'}${title}`;

export const patrolNotes = [
  '例行巡查，重点查看楼道、消防通道和电动车停放。',
  '入户走访，宣传防诈骗和用电安全知识。',
  '巡查楼栋公共区域，了解居民急难愁盼。',
] as const;

/** Small things a patrol deals with on the spot: recorded, no case opened. */
export const minorFindings = [
  { category: 'environment', title: '楼道小广告，已当场清理' },
  { category: 'facility', title: '单元门闭门器松动，已告知物业' },
  { category: 'hazard', title: '灭火器压力不足，已通知物业更换' },
  { category: 'environment', title: '绿地内宠物粪便，已提醒遛狗居民' },
] as const;

export const welfareNotes = {
  needs_attention: [
    '老人感冒咳嗽，已提醒按时服药并联系其子女。',
    '老人行动不便，需要代买生活用品。',
  ],
  no_response: ['窗帘未拉开、敲门无人应答，已联系家属。'],
} as const;

export const riskReasons = {
  raised: [
    '走访发现双方情绪激动，有激化苗头，上调风险等级。',
    '涉及人员较多，存在安全隐患，上调风险等级。',
  ],
  lowered: ['经现场处置和疏导，风险已基本化解，下调风险等级。'],
} as const;

export const withdrawalReasons = {
  some: ['主办部门已到场处置，协办部门无需再到场，撤回吹哨。'],
  all: ['问题已由社区协调物业先行解决，撤回吹哨。', '险情已排除，无需部门到场，撤回吹哨。'],
} as const;

export const failedCheckNotes = [
  '现场核查发现整改不到位，退回重新办理。',
  '电话核实当事人反映问题仍未解决，核查不通过。',
] as const;

export const overruleReasons = [
  '诉求超出政策规定和物业服务合同范围，经街道复核已依法依规处理到位，予以归档。',
  '当事人要求的赔偿缺乏依据，已释法明理并告知诉讼途径，经街道复核予以归档。',
] as const;
