import { describe, expect, it } from 'vitest';
import { personalSpansIn, replacePersonalSpans } from './personalDataInText.ts';
import { eraseMaskedData, maskFreeText, maskPersonalData } from './personalDataMasking.ts';
import { sampleEvent } from './fixtures/sampleEvents.ts';

const found = (text: string): string[] =>
  personalSpansIn(text).map(({ start, end }) => text.slice(start, end));

describe('Phone and ID numbers typed into free text', () => {
  it('finds mainland mobiles, alone or inside Chinese text, with or without +86 and dashes', () => {
    expect(found('申请人电话13800138000，晚上联系')).toEqual(['13800138000']);
    expect(found('联系 +86 139 1234 5678 或 138-0013-8000')).toEqual([
      '+86 139 1234 5678',
      '138-0013-8000',
    ]);
  });

  it('finds landlines written with their area code and a dash', () => {
    expect(found('物业值班室021-12345678，或0571-8888666')).toEqual([
      '021-12345678',
      '0571-8888666',
    ]);
  });

  it('finds 18-digit ID numbers whose check character and birth date hold, X included', () => {
    expect(found('身份证11010519491231002X，另一人440304200101011236。')).toEqual([
      '11010519491231002X',
      '440304200101011236',
    ]);
    expect(found('小写也算：11010519491231002x')).toEqual(['11010519491231002x']);
  });

  it.each([
    ['a date', '2026-03-12 调解，2026年3月12日复查'],
    ['a compact date and time', '记录于20260312153000'],
    ['a case number', '案件C-20260312-0001与12345工单202603120001'],
    ['a 12345 hotline ticket', '工单号GD2026031200017'],
    ['an amount', '维修费用13800元，押金1500000元'],
    ['a landline without its dash', '0211234567'],
    ['an 18-digit number with a wrong check digit', '流水号110101199003071234'],
    // Both carry a valid check character: only the date gives them away.
    ['an 18-digit number born in month 13', '编号110101199013071237'],
    ['an 18-digit number born on 30 February', '编号110101199002301236'],
    ['a longer run of digits', '账号6222021234567890123'],
    ['an 11-digit number that is no mobile', '楼栋编码10012345678'],
    ['a number glued to letters', 'SN13800138000A'],
  ])('leaves %s alone', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it('replaces each number and keeps the words around it', () => {
    expect(
      replacePersonalSpans('电话13800138000，身份证11010519491231002X。', (value, kind) =>
        kind === 'phone' ? '<phone>' : '<id>',
      ),
    ).toBe('电话<phone>，身份证<id>。');
  });
});

describe('Masking free text', () => {
  it('masks the numbers like the marked fields and nothing else', () => {
    expect(maskFreeText('请拨13800138000或021-12345678，身份证11010519491231002X')).toBe(
      '请拨138****8000或021****5678，身份证110***********002X',
    );
    expect(maskFreeText('2026-03-12 调解')).toBe('2026-03-12 调解');
  });

  it('masks the free text of an event with its marked fields', () => {
    const { data } = sampleEvent('CaseNoteAdded');
    const masked = maskPersonalData('CaseNoteAdded', { ...data, text: '已电话13800138000联系' });
    expect(masked.text).toBe('已电话138****8000联系');
  });

  it('turns a masked copy into an erased one, marked fields and masked numbers alike', () => {
    const { data } = sampleEvent('DisputeLogged');
    const masked = maskPersonalData('DisputeLogged', {
      ...data,
      description: '申请人电话13800138000，身份证11010519491231002X，2026-03-12来访',
    });
    const erased = eraseMaskedData('DisputeLogged', masked);
    expect(erased.parties.map((party) => party.name)).toEqual(['[erased]', '[erased]']);
    expect(erased.description).toBe('申请人电话[erased]，身份证[erased]，2026-03-12来访');
    expect(erased.title).toBe(data.title);
  });
});
