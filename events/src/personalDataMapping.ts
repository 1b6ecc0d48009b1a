import type { EventData, EventType } from './catalogue.ts';
import {
  freeTextFields,
  personalDataFields,
  type FreeTextPath,
  type PathSegment,
  type PersonalDataPath,
} from './personalDataPaths.ts';

/** `at` is where this very value sits, with array positions filled in: `['parties', 1, 'phone']`. */
export type PersonalValueReplacer = (
  value: string,
  field: PersonalDataPath,
  at: readonly (string | number)[],
) => string;

export type FreeTextReplacer = (
  text: string,
  field: FreeTextPath,
  at: readonly (string | number)[],
) => string;

/**
 * A copy of the data with every personal value replaced: masking for views, encrypting
 * before storage, decrypting (or marking as erased) after reading. Other fields are shared
 * with the input, not copied.
 */
export function mapPersonalData<Type extends EventType>(
  type: Type,
  data: EventData<Type>,
  replace: PersonalValueReplacer,
): EventData<Type> {
  return mapFields(data, personalDataFields(type), replace);
}

/** The same for every free-text field (titles, descriptions, notes, reasons). */
export function mapFreeText<Type extends EventType>(
  type: Type,
  data: EventData<Type>,
  replace: FreeTextReplacer,
): EventData<Type> {
  return mapFields(data, freeTextFields(type), replace);
}

function mapFields<Data, Field extends { readonly segments: readonly PathSegment[] }>(
  data: Data,
  fields: readonly Field[],
  replace: (value: string, field: Field, at: readonly (string | number)[]) => string,
): Data {
  let result: unknown = data;
  for (const field of fields) {
    result = replaceAt(result, field.segments, [], (value, at) => replace(value, field, at));
  }
  return result as Data;
}

function replaceAt(
  node: unknown,
  segments: readonly PathSegment[],
  at: readonly (string | number)[],
  replace: (value: string, at: readonly (string | number)[]) => string,
): unknown {
  const [segment, ...rest] = segments;
  if (segment === undefined) return typeof node === 'string' ? replace(node, at) : node;
  if (segment === '[]') {
    return Array.isArray(node)
      ? node.map((item, index) => replaceAt(item, rest, [...at, index], replace))
      : node;
  }
  if (typeof segment === 'number') {
    if (!Array.isArray(node) || segment >= node.length) return node;
    return node.map((item, index) =>
      index === segment ? replaceAt(item, rest, [...at, index], replace) : item,
    );
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const record = node as Record<string, unknown>;
  if (segment === '{}') {
    return Object.fromEntries(
      Object.entries(record).map(([key, value]) => [
        key,
        replaceAt(value, rest, [...at, key], replace),
      ]),
    );
  }
  if (!Object.hasOwn(record, segment)) return node;
  return { ...record, [segment]: replaceAt(record[segment], rest, [...at, segment], replace) };
}
