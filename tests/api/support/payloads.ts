// Bodies a console would send, for the API tests.

export const disputeBody = {
  place: {
    streetId: 'street-ruiling',
    communityId: 'comm-ruiyiyuan',
    gridId: 'grid-ryy-1',
    buildingId: 'bld-ryy-3',
  },
  riskLevel: 'medium',
  title: '楼上漏水引发邻里纠纷',
  description: '302室卫生间漏水至202室，双方就维修费用协商未果。',
  disputeType: 'neighbour',
  parties: [
    { name: '赵敏', phone: '13800138000', role: 'applicant' },
    { name: '钱进', role: 'respondent' },
  ],
  source: 'resident',
};

export const issueBody = {
  place: { streetId: 'street-ruiling', communityId: 'comm-ruiyiyuan', gridId: 'grid-ryy-1' },
  riskLevel: 'high',
  title: '楼道内电动车充电',
  description: '3号楼1单元楼道有电动车飞线充电。',
  category: 'hazard',
  source: 'resident',
};

export const otherGridDispute = {
  ...disputeBody,
  place: { streetId: 'street-heping', communityId: 'comm-heping', gridId: 'grid-hp-1' },
};

/** A 书记下午茶 in comm-ruiyiyuan with one matter; `unique` keeps meetings apart. */
export const meetingBody = (unique: string) => ({
  meetingId: `mtg-${unique}`,
  communityId: 'comm-ruiyiyuan',
  heldAt: '2026-05-29T15:00:00+08:00',
  venue: '瑞益园社区党群服务中心',
  residentsAttending: 14,
  topic: '书记下午茶：楼道环境与停车',
  matters: [
    {
      matterId: 'm-1',
      category: 'environment',
      riskLevel: 'medium',
      title: '3号楼楼道堆放杂物',
      description: '居民反映3号楼楼道长期堆放纸箱，影响通行。',
      gridId: 'grid-ryy-1',
      buildingId: 'bld-ryy-3',
    },
  ],
});
