// Residents' phone numbers and ID numbers typed into free text. Found by shape and, for an
// ID number, by its check character and birth date, so that dates, case numbers, amounts
// and ticket numbers in ordinary text are left alone (tests list what must not match).

export type TextPersonalKind = 'phone' | 'id_number';

export interface PersonalSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: TextPersonalKind;
}

const idNumberWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const idNumberCheckCharacters = '10X98765432';

/** GB 11643: 17 digits and the check character computed from them (mod 11). */
export const hasValidIdChecksum = (text: string): boolean =>
  /^\d{17}[\dX]$/.test(text) &&
  idNumberCheckCharacters[
    idNumberWeights.reduce((total, weight, index) => total + weight * Number(text[index]), 0) % 11
  ] === text[17];

// Characters 7–14 of an ID number are the holder's birth date.
const hasPlausibleBirthDate = (text: string): boolean => {
  const year = Number(text.slice(6, 10));
  const month = Number(text.slice(10, 12));
  const day = Number(text.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

// No letter or digit may touch a match: a longer number (a case number, a timestamp, a
// bank account) is not a phone number that happens to sit inside it.
const alone = (body: string): string => `(?<![0-9A-Za-z])(?:${body})(?![0-9A-Za-z])`;

const patterns: readonly { kind: TextPersonalKind; pattern: RegExp }[] = [
  { kind: 'id_number', pattern: new RegExp(alone('\\d{17}[\\dXx]'), 'g') },
  // Mainland mobiles, also written 138-1234-5678 or 138 1234 5678, with or without +86.
  {
    kind: 'phone',
    pattern: new RegExp(
      alone('(?:\\+86[- ]?)?1[3-9]\\d(?:\\d{8}|-\\d{4}-\\d{4}| \\d{4} \\d{4})'),
      'g',
    ),
  },
  // Landlines with their area code and a dash (021-12345678, 0571-8888666): a date or a
  // case number never starts with 0 and a 7–8 digit block after a dash.
  { kind: 'phone', pattern: new RegExp(alone('0\\d{2,3}-\\d{7,8}'), 'g') },
];

const isPersonal = (kind: TextPersonalKind, match: string): boolean => {
  if (kind !== 'id_number') return true;
  const upper = match.toUpperCase();
  return hasValidIdChecksum(upper) && hasPlausibleBirthDate(upper);
};

/** The phone numbers and ID numbers in a text, in order, not overlapping. */
export const personalSpansIn = (text: string): PersonalSpan[] => {
  const spans: PersonalSpan[] = [];
  for (const { kind, pattern } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!isPersonal(kind, match[0])) continue;
      if (spans.some((span) => start < span.end && span.start < end)) continue;
      spans.push({ start, end, kind });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
};

/** The text with every span replaced by what `replace` makes of it. */
export const replacePersonalSpans = (
  text: string,
  replace: (value: string, kind: TextPersonalKind) => string,
): string => {
  const spans = personalSpansIn(text);
  if (spans.length === 0) return text;
  let result = '';
  let from = 0;
  for (const span of spans) {
    result += text.slice(from, span.start) + replace(text.slice(span.start, span.end), span.kind);
    from = span.end;
  }
  return result + text.slice(from);
};
