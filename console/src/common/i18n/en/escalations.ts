import type { escalations as zh } from '../zhCN/escalations.ts';

export const escalations: typeof zh = {
  menu: 'Escalations',
  title: 'Escalations',
  explain:
    'Cases at the street or with a department, and every case escalated in the last {{days}} days; each timer runs to the deadline in force, red once missed.',
  atStreet: 'At the street',
  atDepartment: 'With departments',
  escalatedLastDay: 'Escalated in 24 hours',
  overdue: 'Overdue',
  returns: 'Sent back (30 days)',
  communityRetention: 'Community retention',
  streetRetention: 'Street retention',
  counted: '{{part}} of {{whole}} cases',
  search: 'Find by case title',
  queue: 'Escalation queue',
  empty: 'No escalated cases',
  timer: 'Time left',
  where: 'Level',
  funnel: 'Escalation funnel (30 days)',
  funnelStep: '{{level}} {{count}}',
  retentionByCommunity: 'Retention by community (30 days)',
  rateOf: '{{rate}} ({{part}} of {{whole}})',
  noneResolved: 'nothing resolved',
};
