import type { PersonalDataKind } from './personalData.ts';

// Residents' personal data is masked in every view (docs/roles.md). The mask lives beside
// the marking of personal fields so that read models can store masked values only, and
// every view masks the same way.

const stars = (count: number): string => '*'.repeat(Math.max(count, 1));

/** 赵敏 → 赵*, 13800138000 → 138****8000, an ID number keeps its first 3 and last 4. */
export const maskPersonalValue = (value: string, kind: PersonalDataKind): string => {
  const characters = [...value];
  switch (kind) {
    case 'name':
      return characters.length <= 1 ? '*' : characters[0] + stars(characters.length - 1);
    case 'phone':
      return characters.length < 8
        ? stars(characters.length)
        : `${characters.slice(0, 3).join('')}****${characters.slice(-4).join('')}`;
    case 'id_number':
      return characters.length < 8
        ? stars(characters.length)
        : `${characters.slice(0, 3).join('')}${stars(characters.length - 7)}${characters.slice(-4).join('')}`;
    default:
      return kind satisfies never;
  }
};
