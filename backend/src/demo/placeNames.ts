// Places of the demo district, after published community-work reports: 瑞益园 (Tianjin,
// 北辰区, 9 grids), 瑞岭 (6,015 households in 195 buildings across 9 estates), 福汇园,
// 金刚里, 西关北里. Bigger districts borrow the names of 北辰区's other streets and make
// up estate-style names after that.

export interface CommunitySpec {
  readonly communityId: string;
  readonly name: string;
  readonly grids: number;
  readonly buildings: number;
  readonly households: number;
  /** Estates (小区) whose names buildings carry, e.g. "瑞岭翠苑3号楼". */
  readonly estates?: readonly string[];
}

export const districtId = 'beichen';
export const districtName = '北辰区';

export const namedCommunities: readonly CommunitySpec[] = [
  { communityId: 'ruiyiyuan', name: '瑞益园社区', grids: 9, buildings: 72, households: 3_420 },
  {
    communityId: 'ruiling',
    name: '瑞岭社区',
    grids: 6,
    buildings: 195,
    households: 6_015,
    estates: [
      '瑞岭翠苑',
      '瑞岭雅苑',
      '引大家园',
      '东航金城映象',
      '亚太清湖湾',
      '云尚华庭',
      '建投时光',
      '瑞岭名郡',
      '兰园小区',
    ],
  },
  { communityId: 'fuhuiyuan', name: '福汇园社区', grids: 5, buildings: 40, households: 2_580 },
  { communityId: 'jingangli', name: '金刚里社区', grids: 4, buildings: 30, households: 1_860 },
  { communityId: 'xiguanbeili', name: '西关北里社区', grids: 4, buildings: 28, households: 2_140 },
];

export const namedStreets: readonly { streetId: string; name: string }[] = [
  { streetId: 'ruijing', name: '瑞景街道' },
  { streetId: 'guoyuan', name: '果园新村街道' },
  { streetId: 'jixianli', name: '集贤里街道' },
  { streetId: 'pudong', name: '普东街道' },
  { streetId: 'jiarongli', name: '佳荣里街道' },
  { streetId: 'qingyuan', name: '青源街道' },
  { streetId: 'yixingbu', name: '宜兴埠街道' },
  { streetId: 'tianmu', name: '天穆街道' },
  { streetId: 'beicang', name: '北仓街道' },
  { streetId: 'shuangjie', name: '双街街道' },
];

export const propertyCompanies = [
  '华盛元丰物业',
  '万科物业',
  '保利物业',
  '中海物业',
  '绿城服务',
  '金科物业',
  '招商积余物业',
  '碧桂园服务',
] as const;

const namePrefixes = [...'瑞金福华和康安宁祥丰泰兴嘉润春鑫永新天宜'];
const nameSuffixes = ['景园', '苑', '里', '新村', '家园', '花园', '雅居', '名苑', '佳园', '馨园'];

/** The n-th made-up community name (0-based), unique for any n. */
export const madeUpCommunityName = (index: number): string => {
  const combos = namePrefixes.length * nameSuffixes.length;
  // Both parts change from one name to the next; each pair still comes up once a round.
  const first = index % namePrefixes.length;
  const round = Math.floor(index / namePrefixes.length);
  const prefix = namePrefixes[first]!;
  const suffix = nameSuffixes[(first + round) % nameSuffixes.length]!;
  const phase = Math.floor(index / combos);
  return `${prefix}${suffix}${phase === 0 ? '' : `${phase + 1}期`}社区`;
};

/** The street office's short name: 瑞景街道 → 瑞景. */
export const shortName = (name: string): string => name.replace(/(街道|社区)$/, '');
