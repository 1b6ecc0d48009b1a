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
const idNumberShape = /^\d{17}[\dX]$/;

/** GB 11643: the check character computed from the first 17 digits (mod 11). */
const checkCharacterOf = (text: string): string | undefined =>
  idNumberCheckCharacters[
    idNumberWeights.reduce((total, weight, index) => total + weight * Number(text[index]), 0) % 11
  ];

export const isResidentIdNumber = (text: string): boolean =>
  idNumberShape.test(text) && checkCharacterOf(text) === text[17];

// Two messages, because the fixes differ: a wrong shape is a wrong field or a cut-off
// paste; a failed checksum is a mistyped digit somewhere in the number.
export const residentIdNumberInput = () =>
  personal(
    z
      .string()
      .regex(idNumberShape, {
        message: 'must be 18 characters: 17 digits, then a digit or X',
        abort: true,
      })
      .refine(
        (text) => checkCharacterOf(text) === text[17],
        'the last character does not match the 17 digits before it (checksum failed): a digit is likely mistyped',
      ),
    'id_number',
  );
