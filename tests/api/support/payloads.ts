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
};

export const issueBody = {
  place: { streetId: 'street-ruiling', communityId: 'comm-ruiyiyuan', gridId: 'grid-ryy-1' },
  riskLevel: 'high',
  title: '楼道内电动车充电',
  description: '3号楼1单元楼道有电动车飞线充电。',
  category: 'hazard',
  source: 'inspection',
};

export const otherGridDispute = {
  ...disputeBody,
  place: { streetId: 'street-heping', communityId: 'comm-heping', gridId: 'grid-hp-1' },
};
