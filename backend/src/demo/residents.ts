import type { Random } from './random.ts';

// Plausible people: residents with names and mobile numbers, staff with names. Case
// texts never carry a resident's full name (the parties' fields do, and views mask
// them), so free text speaks of 王某 the way official reports do.

// Roughly by frequency: the first surnames come up most.
const commonSurnames = [...'王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗'];
const otherSurnames = [
  ...'郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];

const givenNames = [
  ...['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明'],
  ...['超', '霞', '平', '刚', '华', '鹏', '辉', '玲', '晶', '婷', '宇', '浩', '凯', '健', '俊'],
  ...['建华', '建国', '志强', '海燕', '秀梅', '丽娟', '晓东', '晓燕', '文博', '子涵', '雨轩'],
  ...['春梅', '桂芳', '玉梅', '红梅', '志刚', '振宇', '明辉', '立新', '国庆', '海涛', '雪梅'],
  ...['佳琪', '思远', '嘉怡', '文静', '俊杰', '宏伟', '丽华', '永刚', '金凤', '凤霞', '德明'],
];

const elderlyGivenNames = [
  ...['淑珍', '桂兰', '秀英', '玉兰', '凤英', '桂英', '秀兰', '淑英', '玉珍', '素珍', '翠兰'],
  ...['德福', '国栋', '长顺', '振华', '玉山', '宝林', '树森', '永发', '福臣', '贵生', '凤山'],
  ...['淑兰', '玉芬', '秀珍', '桂珍', '凤兰', '素芳', '玉凤', '淑芬', '桂芝', '秀云', '兰英'],
  ...['德顺', '福生', '玉林', '树林', '宝山', '长林', '庆云', '万福', '广田', '金山', '瑞林'],
];

const mobilePrefixes = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151'];
const morePrefixes = ['152', '155', '156', '158', '159', '166', '176', '177', '180', '186'];
const allPrefixes = [...mobilePrefixes, ...morePrefixes, '187', '188', '189', '198', '199'];

export const surname = (random: Random): string =>
  random.chance(0.55) ? random.pick(commonSurnames) : random.pick(otherSurnames);

export const personName = (random: Random): string => surname(random) + random.pick(givenNames);

export const elderlyName = (random: Random): string =>
  surname(random) + random.pick(elderlyGivenNames);

/** A mainland mobile number: 1[3-9] and nine more digits. */
export const mobileNumber = (random: Random): string =>
  random.pick(allPrefixes) + String(random.int(0, 99_999_999)).padStart(8, '0');

/** 王某 (or 欧阳某): how reports name a resident without naming them. */
export const anonymised = (name: string): string => `${[...name][0] ?? ''}某`;

export interface Resident {
  readonly name: string;
  readonly phone: string;
}

export const resident = (random: Random): Resident => ({
  name: personName(random),
  phone: mobileNumber(random),
});

/** Names that are not used yet, for staff: nobody wants two 张伟 in one street office. */
export const uniqueNames = (random: Random) => {
  const used = new Set<string>();
  return (): string => {
    for (let attempt = 0; ; attempt += 1) {
      const name = personName(random);
      if (!used.has(name) || attempt > 50) {
        used.add(name);
        return name;
      }
    }
  };
};
