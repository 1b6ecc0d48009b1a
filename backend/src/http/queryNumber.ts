import * as z from 'zod';

/**
 * A whole number in a query string, in decimal digits only. Coercing with Number() read
 * `0x10` as 16, `1e2` as 100 and ` 1` as 1: a client's mistake answered as if it were
 * meant. Described as the integer it is once read.
 */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .refine(
      (text) => /^\d{1,9}$/.test(text),
      `must be a whole number from ${min} to ${max}, in digits`,
    )
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .meta({ type: 'integer', minimum: min, maximum: max });

export const queryWholeNumber = (min: number, max: number) => wholeNumber(min, max);

/** The same, with the value it takes when not given (read like one sent). */
export const queryWholeNumberOr = (fallback: number, min: number, max: number) =>
  wholeNumber(min, max).prefault(String(fallback));
