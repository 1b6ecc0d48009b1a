import * as z from 'zod';

// 按人删除: an erasure may name one resident rather than everyone on a case. A resident is
// what one key seals (see the event cipher): the object a marked field sits in, named as
// requests name it, `parties[1]`, `reporter`, `respondent`, `welfareChecks[0]`; and the
// phone and ID numbers typed into a stream's free text, which share one key, `textNumbers`.

export const textNumbersGroup = 'textNumbers';

/**
 * The residents one erasure may name. A number is a position in the event's list, the
 * same in every event of the stream that lists them (a dispute names its parties once).
 */
export const residentGroupSchema = z
  .string()
  .regex(
    /^(?:parties\[(?:0|[1-9][0-9]?)\]|reporter|respondent|welfareChecks\[(?:0|[1-9][0-9]{0,2})\]|textNumbers)$/,
    'must be parties[N], reporter, respondent, welfareChecks[N] or textNumbers',
  )
  .describe(
    "Whose data: `parties[N]` (a dispute's party, from 0), `reporter`, `respondent` (of return visits), `welfareChecks[N]` (a patrol's resident), `textNumbers` (phone and ID numbers typed into the text)",
  );
export type ResidentGroup = z.infer<typeof residentGroupSchema>;

/** The group of the value at `at` (`['parties', 1, 'phone']` → `parties[1]`). */
export const residentGroupAt = (at: readonly (string | number)[]): string =>
  (at.length > 1 ? at.slice(0, -1) : at)
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${part}`))
    .join('');

/** The end of the key subjects of a group, as the event cipher names them. */
export const residentGroupSubjectSuffix = (group: ResidentGroup): string =>
  group === textNumbersGroup ? '#text' : `#${group.replace(/\[([0-9]+)\]/g, '.$1')}`;

/** Whether an erasure naming these residents (none: everyone) takes the numbers in the text. */
export const erasesTextNumbers = (residents: string | undefined): boolean =>
  residents === undefined || residents === textNumbersGroup;
