// 升级督办: the street supervisor's queue of what reached the street.
export const escalations = {
  menu: '升级督办',
  title: '升级督办',
  explain:
    '在街道、在部门办理的案件，以及近{{days}}天升级的案件；倒计时为现行办结时限，红色为已逾期。',
  atStreet: '在街道',
  atDepartment: '在部门',
  escalatedLastDay: '近24小时升级',
  overdue: '逾期',
  returns: '退单（近30天）',
  communityRetention: '小事不出社区率',
  streetRetention: '大事不出街道率',
  counted: '{{part}} / {{whole}} 件',
  queue: '升级队列',
  empty: '暂无升级案件',
  timer: '剩余时限',
  where: '所在层级',
  funnel: '升级漏斗（近30天）',
  funnelStep: '{{level}} {{count}}',
  retentionByCommunity: '各社区小事不出社区率（近30天）',
  rateOf: '{{rate}}（{{part}}/{{whole}}）',
  noneResolved: '暂无办结',
};
