import type * as z from 'zod';
import { eventDefinition, type EventType } from './catalogue.ts';
import { freeText } from './freeText.ts';
import { personalData, type PersonalDataKind } from './personalData.ts';

/** A field name, a tuple position, `[]` for every array element or `{}` for every record value. */
export type PathSegment = string | number;

export interface PersonalDataPath {
  /** Like `parties[].name`. */
  readonly path: string;
  readonly segments: readonly PathSegment[];
  readonly kind: PersonalDataKind;
}

/** A free-text field (a title, description, note, reason), scanned for personal data. */
export interface FreeTextPath {
  readonly path: string;
  readonly segments: readonly PathSegment[];
}

const fieldsByType = new Map<EventType, readonly PersonalDataPath[]>();
const freeTextByType = new Map<EventType, readonly FreeTextPath[]>();

/** The free-text fields of an event type's current schema. */
export function freeTextFields(type: EventType): readonly FreeTextPath[] {
  let fields = freeTextByType.get(type);
  if (!fields) {
    const found = new Map<string, FreeTextPath>();
    walk(
      eventDefinition(type).schema,
      [],
      (schema) => freeText.has(schema),
      (path, segments) => found.set(path, { path, segments }),
      new Set(),
    );
    fields = Object.freeze([...found.values()]);
    freeTextByType.set(type, fields);
  }
  return fields;
}

/** The personal fields of an event type's current schema, with their kinds. */
export function personalDataFields(type: EventType): readonly PersonalDataPath[] {
  let fields = fieldsByType.get(type);
  if (!fields) {
    fields = Object.freeze(personalDataPathsOf(eventDefinition(type).schema));
    fieldsByType.set(type, fields);
  }
  return fields;
}

/** The paths of an event type's personal fields, e.g. `parties[].name`. */
export function personalDataPaths(type: EventType): string[] {
  return personalDataFields(type).map(({ path }) => path);
}

/** Every personal field a schema can contain, found by walking it. */
export function personalDataPathsOf(schema: z.core.$ZodType): PersonalDataPath[] {
  const found = new Map<string, PersonalDataPath>();
  walk(
    schema,
    [],
    (inner) => personalData.has(inner),
    (path, segments, inner) =>
      found.set(path, { path, segments, kind: personalData.get(inner)!.kind }),
    new Set(),
  );
  return [...found.values()];
}

function walk(
  schema: z.core.$ZodType,
  segments: readonly PathSegment[],
  isMarked: (schema: z.core.$ZodType) => boolean,
  found: (path: string, segments: readonly PathSegment[], schema: z.core.$ZodType) => void,
  visiting: Set<z.core.$ZodType>,
): void {
  if (isMarked(schema)) {
    found(formatSegments(segments), segments, schema);
    return;
  }
  // Recursive (lazy) schemas would otherwise never end.
  if (visiting.has(schema)) return;
  visiting.add(schema);
  const def = (schema as z.core.$ZodTypes)._zod.def;
  const into = (inner: z.core.$ZodType, ...more: PathSegment[]) =>
    walk(inner, [...segments, ...more], isMarked, found, visiting);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape)) into(value, key);
      break;
    case 'array':
      into(def.element, '[]');
      break;
    case 'record':
      into(def.valueType, '{}');
      break;
    case 'tuple':
      def.items.forEach((item, index) => into(item, index));
      if (def.rest) into(def.rest, '[]');
      break;
    case 'union':
      for (const option of def.options) into(option);
      break;
    case 'intersection':
      into(def.left);
      into(def.right);
      break;
    case 'pipe':
      into(def.in);
      into(def.out);
      break;
    case 'lazy':
      into(def.getter());
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      into(def.innerType);
      break;
    default:
      break;
  }
  visiting.delete(schema);
}

function formatSegments(segments: readonly PathSegment[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    if (segment === '[]' || segment === '{}') return `${path}${segment}`;
    return path === '' ? segment : `${path}.${segment}`;
  }, '');
}
