import {
  climbsHigh,
  highRisk,
  lowRisk,
  mostlyCommunity,
  mostlyGrid,
  residentsAsk,
  type IssueTemplate,
} from './caseTemplate.ts';

// 诉求 and 急难愁盼: roofs that leak (顶层漏雨得不到修缮), broken lights and doors, the
// elderly who live alone (早看窗帘晚看灯), meals, charging sheds, parking, street trade.

export const requestTemplates: readonly IssueTemplate[] = [
  {
    key: 'roof-leak',
    kind: 'issue',
    category: 'facility',
    weight: 10,
    sources: residentsAsk,
    title: '{building}顶层漏雨',
    description: '{building}顶层住户{a}反映雨后屋顶渗漏严重，卧室墙皮脱落，多次找物业未彻底解决。',
    risk: lowRisk,
    settledAt: mostlyCommunity,
    departments: ['property_company', 'housing'],
    settlements: ['申请动用维修资金，重做屋面防水，雨后复查无渗漏。'],
  },

  {
    key: 'stair-light',
    kind: 'issue',
    category: 'facility',
    weight: 7,
    sources: residentsAsk,
    title: '{building}{unit}楼道灯不亮',
    description: '{building}{unit}三至六层楼道声控灯损坏，老人夜间上下楼不便。',
    risk: lowRisk,
    settledAt: mostlyGrid,
    departments: ['property_company'],
    settlements: ['物业更换声控灯六盏，已恢复照明。'],
  },

  {
    key: 'door-access',
    kind: 'issue',
    category: 'facility',
    weight: 5,
    sources: residentsAsk,
    title: '{building}{unit}单元门禁损坏',
    description: '{building}{unit}单元门禁失灵，单元门无法关闭，居民担心安全。',
    risk: lowRisk,
    settledAt: mostlyGrid,
    departments: ['property_company'],
    settlements: ['更换门禁主板和闭门器，单元门恢复正常。'],
  },

  {
    key: 'elderly-alone',
    kind: 'issue',
    category: 'welfare',
    weight: 7,
    sources: [
      ['inspection', 55],
      ['resident', 30],
      ['referral', 15],
    ],
    title: '{building}独居老人多日未见开灯',
    description:
      '早看窗帘晚看灯：网格员发现{building}独居老人{a}家连续两晚未亮灯、窗帘未拉开，敲门无人应答。',
    risk: highRisk,
    settledAt: mostlyGrid,
    departments: ['police_station'],
    settlements: ['联系其子女得知老人住院治疗，已安排志愿者探视并跟进出院后照料。'],
  },

  {
    key: 'meals',
    kind: 'issue',
    category: 'request',
    weight: 6,
    sources: residentsAsk,
    title: '{building}高龄老人申请助餐送餐',
    description: '{building}八十五岁老人{a}行动不便、子女不在身边，申请社区老年食堂送餐上门。',
    risk: lowRisk,
    settledAt: mostlyGrid,
    departments: [],
    settlements: ['已纳入社区助餐服务名单，每日由志愿者送餐上门。'],
  },

  {
    key: 'charging-shed',
    kind: 'issue',
    category: 'request',
    weight: 5,
    sources: [
      ['meeting', 50],
      ['resident', 30],
      ['hotline', 20],
    ],
    title: '居民建议在{building}附近增设电动车充电棚',
    description: '{building}一带电动车多、充电难，居民在议事会上建议增设集中充电棚，杜绝飞线充电。',
    risk: lowRisk,
    settledAt: climbsHigh,
    departments: ['property_company', 'housing'],
    settlements: ['经居民议事会表决，在{building}旁建成充电棚一座，可同时为四十辆车充电。'],
  },

  {
    key: 'parking-lines',
    kind: 'issue',
    category: 'request',
    weight: 4,
    sources: [
      ['meeting', 50],
      ['resident', 50],
    ],
    title: '{building}周边停车难，申请施划停车位',
    description: '{building}周边车辆乱停乱放，晚间停车难，居民代表{a}申请施划停车位、规范停车。',
    risk: lowRisk,
    settledAt: mostlyCommunity,
    departments: ['property_company', 'police_station'],
    settlements: ['重新规划并施划停车位三十余个，实行居民停车自治管理。'],
  },

  {
    key: 'street-vendors',
    kind: 'issue',
    category: 'other',
    weight: 4,
    sources: [
      ['hotline', 45],
      ['resident', 35],
      ['inspection', 20],
    ],
    title: '{community}门口流动摊贩占道经营',
    description: '小区门口早晚有流动摊贩占道经营，油烟扰民，堵塞出入口，12345热线多次接到投诉。',
    risk: lowRisk,
    settledAt: climbsHigh,
    departments: ['urban_management', 'market_supervision'],
    settlements: ['城管劝离占道摊贩，引导至便民市场经营，早晚安排巡查。'],
  },

  {
    key: 'shop-encroachment',
    kind: 'issue',
    category: 'other',
    weight: 3,
    sources: [
      ['resident', 50],
      ['inspection', 50],
    ],
    title: '{building}底商便利店违规圈占公共区域',
    description: '{building}底商便利店私自搭建彩钢棚、圈占门前公共区域堆放货物，居民意见较大。',
    risk: lowRisk,
    settledAt: climbsHigh,
    departments: ['urban_management', 'market_supervision'],
    settlements: ['便利店自行拆除彩钢棚，恢复公共区域，纳入门前三包管理。'],
  },
];
