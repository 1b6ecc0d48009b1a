import * as z from 'zod';

export const personalDataKinds = ['name', 'phone', 'id_number'] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

/**
 * Residents' personal data inside event data. Views mask these fields, revealing one is
 * recorded as `PersonalDataRevealed`, and the store may encrypt them with a per-person
 * key so they can be erased without rewriting the log. Staff names are not in here: they
 * are public in their role.
 */
export const personalData = z.registry<{ kind: PersonalDataKind }>();

export function personal<T extends z.ZodType>(schema: T, kind: PersonalDataKind): T {
  personalData.add(schema, { kind });
  return schema;
}

// No format checks (phone patterns, ID checksums) on personal fields: what is read back
// from the log may be a decrypted value or an erasure marker, and a stricter schema would
// make erased events unreadable. Formats are checked where commands come in.
const personalText = (max: number) => z.string().min(1).max(max);

export const residentName = () => personal(personalText(100), 'name');
export const residentPhone = () => personal(personalText(32), 'phone');
export const residentIdNumber = () => personal(personalText(32), 'id_number');
