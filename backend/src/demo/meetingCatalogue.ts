import type { Level } from '@gridline/events';
import { lowRisk, type IssueTemplate, type Weights } from './caseTemplate.ts';
import { issueTemplates } from './issueCatalogue.ts';

// 书记下午茶: once a month the community secretary sits down with residents over tea, in
// the service centre or out in an estate, on one topic (小区改造, 停车, 加装电梯, 老年助餐)
// and whatever else comes up; every matter raised becomes a case the community works.

/** Matters raised at a meeting start with the community, and some need the street. */
const fromTheCommunity: Weights<Level> = [
  ['community', 70],
  ['street', 22],
  ['department', 8],
];

const matter = (
  template: Omit<IssueTemplate, 'kind' | 'weight' | 'sources' | 'risk' | 'settledAt'>,
): IssueTemplate => ({
  ...template,
  kind: 'issue',
  weight: 1,
  sources: [['meeting', 1]],
  risk: lowRisk,
  settledAt: fromTheCommunity,
});

const elevator = matter({
  key: 'meeting-elevator',
  category: 'request',
  title: '{building}{unit}居民申请加装电梯',
  description:
    '{building}{unit}老年住户多、上下楼难，居民代表{a}提出加装电梯；一二层住户担心采光和噪音，需协商一致。',
  departments: ['housing', 'property_company'],
  settlements: ['组织全单元业主议事，低层住户达成补偿共识，加装电梯方案已报住建部门审批。'],
});

const renovation = matter({
  key: 'meeting-renovation',
  category: 'facility',
  title: '{building}一带老旧小区改造方案征求意见',
  description:
    '居民对{building}一带外墙保温、雨污分流改造方案意见不一，{a}等居民希望公开施工计划。',
  departments: ['housing'],
  settlements: ['改造方案经两轮议事修改后公示，施工计划张贴到各单元。'],
});

const canteen = matter({
  key: 'meeting-canteen',
  category: 'welfare',
  title: '老年助餐点离{building}较远，希望增设送餐',
  description: '多位老人反映社区助餐点离{building}较远、菜品单一，{a}希望增设送餐上门和低盐菜品。',
  departments: [],
  settlements: ['与助餐点协商增加送餐线路和低盐菜品，每周公布菜单。'],
});

const squareDance = matter({
  key: 'meeting-square-dance',
  category: 'environment',
  title: '{building}楼下广场舞音响扰民',
  description: '{building}住户{a}反映楼下广场舞音响过大、时间过晚，影响老人和学生休息。',
  departments: ['police_station'],
  settlements: ['与广场舞队协商限定时段和音量，配备便携音量检测仪，由楼栋长监督。'],
});

const pocketPark = matter({
  key: 'meeting-pocket-park',
  category: 'environment',
  title: '{building}旁绿地荒废，建议改建口袋公园',
  description: '{building}旁绿地长期无人打理、杂草丛生，居民代表{a}建议改建口袋公园，增设座椅。',
  departments: ['urban_management', 'property_company'],
  settlements: ['社区微更新项目立项，绿地改建为口袋公园，增设座椅和健身器材。'],
});

const byKey = (key: string): IssueTemplate => {
  const template = issueTemplates.find((candidate) => candidate.key === key);
  if (!template) throw new Error(`No issue template ${key}`);
  return { ...template, sources: [['meeting', 1]], settledAt: fromTheCommunity };
};

export interface MeetingTopic {
  readonly topic: string;
  /** The topic's own matter first, then others that tend to come up with it. */
  readonly matters: readonly IssueTemplate[];
}

export const meetingTopics: readonly MeetingTopic[] = [
  { topic: '老旧小区加装电梯议事', matters: [elevator, renovation] },
  { topic: '小区停车和充电难题协商', matters: [byKey('parking-lines'), byKey('charging-shed')] },
  {
    topic: '楼道堆物和环境整治',
    matters: [byKey('corridor-clutter'), pocketPark, squareDance],
  },
  { topic: '老年助餐和居家养老服务', matters: [canteen, byKey('meals')] },
  { topic: '老旧小区改造意见征集', matters: [renovation, pocketPark, byKey('stair-light')] },
];

export const meetingVenues = ['社区党群服务中心', '小区议事亭', '社区老年活动室', '小区广场'];

export const meetingNotes = [
  '借鉴罗伯特议事规则，一时一件、一事一议，居民充分发表意见。',
  '会前发放收集意见表，会上逐项协商，会后公示办理进度。',
] as const;
