import type { EventData, EventType } from './catalogue.ts';
import { erasedPersonalValue } from './freeText.ts';
import type { PersonalDataKind } from './personalData.ts';
import { mapFreeText, mapPersonalData } from './personalDataMapping.ts';
import { replacePersonalSpans } from './personalDataInText.ts';
import { residentGroupAt, textNumbersGroup } from './residentGroups.ts';

// Residents' personal data is masked in every view and every read model (docs/roles.md):
// the full values leave the server only in the answer to a reveal, itself a recorded
// event. Pure and here, beside the marks, so that projections can mask as they write.

const stars = (count: number): string => '*'.repeat(Math.max(count, 1));

/** 赵敏 → 赵*, 13800138000 → 138****8000, an ID number keeps its first 3 and last 4. */
export const maskPersonalValue = (value: string, kind: PersonalDataKind): string => {
  // An erased value has nothing left to hide, and says so.
  if (value === erasedPersonalValue) return value;
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

/** Free text with every phone number and ID number in it masked: `call 138****8000`. */
export const maskFreeText = (text: string): string => replacePersonalSpans(text, maskPersonalValue);

/**
 * A copy of an event's data (at its type's current version) with every personal value
 * masked, in the marked fields and inside free text.
 */
export const maskPersonalData = <Type extends EventType>(
  type: Type,
  data: EventData<Type>,
): EventData<Type> =>
  mapFreeText(
    type,
    mapPersonalData(type, data, (value, field) => maskPersonalValue(value, field.kind)),
    maskFreeText,
  );

// What maskPersonalValue leaves of a phone or ID number in free text: 138****8000,
// 110***********1234. Only a masked copy is ever kept in a read model, so this is what
// must go once the values are erased.
const maskedNumber = /(?<![0-9A-Za-z])[0-9+][0-9+ -]{2}\*{4,}[0-9Xx -]{3}[0-9Xx](?![0-9A-Za-z])/g;

/** Masked free text (as read models keep it) once its numbers were erased. */
export const eraseMaskedText = (text: string): string =>
  text.replace(maskedNumber, erasedPersonalValue);

/**
 * A masked copy (as read models keep it) as it must read once its residents' keys were
 * destroyed: every marked value, and every masked number in its text, erased.
 */
export const eraseMaskedData = <Type extends EventType>(
  type: Type,
  data: EventData<Type>,
): EventData<Type> =>
  mapFreeText(
    type,
    mapPersonalData(type, data, () => erasedPersonalValue),
    eraseMaskedText,
  );

/**
 * A masked copy (as read models keep it) as it reads once some residents' keys were
 * destroyed: `all` erases everyone, else only the named groups' values.
 */
export const eraseMaskedDataOf = <Type extends EventType>(
  type: Type,
  data: EventData<Type>,
  erased: 'all' | ReadonlySet<string>,
): EventData<Type> => {
  const gone = (group: string) => erased === 'all' || erased.has(group);
  const fields = mapPersonalData(type, data, (value, _field, at) =>
    gone(residentGroupAt(at)) ? erasedPersonalValue : value,
  );
  return gone(textNumbersGroup) ? mapFreeText(type, fields, eraseMaskedText) : fields;
};
