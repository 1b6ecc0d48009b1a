import {
  climbsHigh,
  foundOnPatrol,
  lowRisk,
  mediumRisk,
  mostlyCommunity,
  mostlyGrid,
  residentsAsk,
  type IssueTemplate,
} from './caseTemplate.ts';

// 隐患 and 环境 as patrols find them and residents report them: e-bikes charged in
// stairwells (电动车楼道充电), corridor clutter (楼道乱堆乱放), blocked fire lanes and
// drains, broken manhole covers, gas, overcrowded rentals.

export const hazardTemplates: readonly IssueTemplate[] = [
  {
    key: 'ebike-charging',
    kind: 'issue',
    category: 'hazard',
    weight: 14,
    sources: foundOnPatrol,
    title: '{building}{unit}楼道电动车飞线充电',
    description:
      '{building}{unit}一楼楼道停放电动自行车，从住户窗口拉线充电，堵塞通道，存在火灾隐患。',
    risk: mediumRisk,
    settledAt: mostlyGrid,
    departments: ['property_company', 'police_station'],
    settlements: ['劝导车主将电动车移至集中充电棚，拆除飞线，张贴安全提示。'],
  },

  {
    key: 'corridor-clutter',
    kind: 'issue',
    category: 'environment',
    weight: 14,
    sources: foundOnPatrol,
    title: '{building}{unit}楼道堆放杂物',
    description: '{building}{unit}楼道内堆放纸箱、旧家具和花盆，占用疏散通道。',
    risk: lowRisk,
    settledAt: mostlyGrid,
    departments: ['property_company'],
    settlements: ['联系住户和物业共同清理楼道杂物，共清出约两车杂物。'],
  },

  {
    key: 'fire-lane',
    kind: 'issue',
    category: 'hazard',
    weight: 6,
    sources: foundOnPatrol,
    title: '{building}旁消防通道被车辆占用',
    description: '{building}旁消防通道长期停放私家车和废旧三轮车，消防车无法通行。',
    risk: mediumRisk,
    settledAt: mostlyGrid,
    departments: ['property_company', 'police_station'],
    settlements: ['逐一联系车主挪车，物业施划禁停标线并安装隔离桩。'],
  },

  {
    key: 'manhole',
    kind: 'issue',
    category: 'hazard',
    weight: 4,
    sources: foundOnPatrol,
    title: '{building}门前污水井盖破损',
    description: '{building}门前人行道污水井盖破损塌陷，夜间行人易踩空，已临时放置警示锥。',
    risk: mediumRisk,
    settledAt: mostlyCommunity,
    departments: ['urban_management', 'property_company'],
    settlements: ['已更换井盖并加固井圈。'],
  },

  {
    key: 'blocked-drain',
    kind: 'issue',
    category: 'environment',
    weight: 9,
    sources: residentsAsk,
    title: '{building}下水管道堵塞返水',
    description: '{building}{unit}一楼住户{a}反映下水道堵塞，污水从地漏返出，气味难闻。',
    risk: mediumRisk,
    settledAt: mostlyGrid,
    departments: ['property_company'],
    settlements: ['物业疏通主管道并清掏化粪池，排水恢复正常。'],
  },

  {
    key: 'garbage',
    kind: 'issue',
    category: 'environment',
    weight: 6,
    sources: foundOnPatrol,
    title: '{building}旁垃圾桶满溢未及时清运',
    description: '{building}旁垃圾分类投放点垃圾满溢，周边散落，气味较大。',
    risk: lowRisk,
    settledAt: mostlyGrid,
    departments: ['property_company', 'urban_management'],
    settlements: ['督促物业增加清运频次，投放点已清理消杀。'],
  },

  {
    key: 'gas-smell',
    kind: 'issue',
    category: 'hazard',
    weight: 1,
    sources: [
      ['resident', 70],
      ['hotline', 30],
    ],
    title: '{building}{unit}楼道燃气异味',
    description: '{building}{unit}居民{a}反映楼道内有明显燃气异味，疑似管道泄漏。',
    risk: [['critical', 1]],
    settledAt: mostlyCommunity,
    departments: ['property_company', 'police_station'],
    settlements: ['燃气公司抢修更换泄漏接头，已疏散通风，检测合格后恢复供气。'],
  },

  {
    key: 'group-rental',
    kind: 'issue',
    category: 'hazard',
    weight: 2,
    sources: [
      ['resident', 45],
      ['inspection', 35],
      ['referral', 20],
    ],
    title: '{building}疑似群租房安全隐患',
    description: '{building}一套住房内隔出多个单间出租，人员进出频繁，电线私拉乱接。',
    risk: mediumRisk,
    settledAt: climbsHigh,
    departments: ['police_station', 'housing'],
    settlements: ['派出所和住建部门联合检查，房东已拆除隔断，按规定登记租住人员。'],
  },
];
