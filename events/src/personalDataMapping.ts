import type { EventData, EventType } from './catalogue.ts';
import {
  personalDataFields,
  type PathSegment,
  type PersonalDataPath,
} from './personalDataPaths.ts';

export type PersonalValueReplacer = (value: string, field: PersonalDataPath) => string;

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
  let result: unknown = data;
  for (const field of personalDataFields(type)) {
    result = replaceAt(result, field.segments, (value) => replace(value, field));
  }
  return result as EventData<Type>;
}

function replaceAt(
  node: unknown,
  segments: readonly PathSegment[],
  replace: (value: string) => string,
): unknown {
  const [segment, ...rest] = segments;
  if (segment === undefined) return typeof node === 'string' ? replace(node) : node;
  if (segment === '[]') {
    return Array.isArray(node) ? node.map((item) => replaceAt(item, rest, replace)) : node;
  }
  if (typeof segment === 'number') {
    if (!Array.isArray(node) || segment >= node.length) return node;
    return node.map((item, index) => (index === segment ? replaceAt(item, rest, replace) : item));
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const record = node as Record<string, unknown>;
  if (segment === '{}') {
    return Object.fromEntries(
      Object.entries(record).map(([key, value]) => [key, replaceAt(value, rest, replace)]),
    );
  }
  if (!Object.hasOwn(record, segment)) return node;
  return { ...record, [segment]: replaceAt(record[segment], rest, replace) };
}
