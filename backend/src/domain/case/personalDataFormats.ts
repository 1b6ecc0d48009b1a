import { personal, textLimits } from '@gridline/events';
import * as z from 'zod';

// Residents' contact details are checked where commands come in, not in the event
// schemas: what the log reads back may be an erasure marker (see events/personalData.ts).
// Wrapped in `personal` so payload schemas stay marked for masking like the events.

// Something visible: spaces of any width, tabs and zero-width spaces alone name nobody.
const visibleCharacter = /[^\s\u200b-\u200d\u2060]/;

export const residentNameInput = () =>
  personal(z.string().max(textLimits.name).regex(visibleCharacter, 'must not be blank'), 'name');

// A mainland mobile (1[3-9] + 9 digits) or a landline with its area code (0xx-xxxxxxxx).
const phonePattern = /^(?:\+86)?(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export const residentPhoneInput = () =>
  personal(
    z.string().regex(phonePattern, 'must be a mobile number or a landline with its area code'),
    'phone',
  );

const idNumberWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const idNumberCheckCharacters = '10X98765432';

/** GB 11643: 17 digits and a check character computed from them (mod 11). */
export const isResidentIdNumber = (text: string): boolean => {
  if (!/^\d{17}[\dX]$/.test(text)) return false;
  const sum = idNumberWeights.reduce(
    (total, weight, index) => total + weight * Number(text[index]),
    0,
  );
  return idNumberCheckCharacters[sum % 11] === text[17];
};

export const residentIdNumberInput = () =>
  personal(
    z.string().refine(isResidentIdNumber, 'must be an 18-character resident ID number'),
    'id_number',
  );
