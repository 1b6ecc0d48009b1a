import { describe, expect, it } from 'vitest';
import { maskPersonalValue } from './personalDataMask.ts';

describe('Masking personal values', () => {
  it('keeps the family name of a name', () => {
    expect(maskPersonalValue('赵敏', 'name')).toBe('赵*');
    expect(maskPersonalValue('欧阳娜娜', 'name')).toBe('欧***');
    expect(maskPersonalValue('赵', 'name')).toBe('*');
  });

  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPersonalValue('13800138000', 'phone')).toBe('138****8000');
    expect(maskPersonalValue('12345', 'phone')).toBe('*****');
  });

  it('hides all but the first three and last four characters of an ID number', () => {
    expect(maskPersonalValue('110101199003071234', 'id_number')).toBe('110***********1234');
  });
});
