import {
  eventDefinition,
  type EventData,
  type EventType,
  type GridlineEvent,
} from '../catalogue.ts';
import { EventValidationError } from '../eventValidationError.ts';
import { parseEventData, unknownEventType } from '../validateEventData.ts';
import type { UpcastEnvelope, UpcasterRegistry } from './upcaster.ts';
import { defaultUpcasterRegistry } from './upcasters.ts';

/**
 * Stored data of any version, brought to the current version of its type and validated.
 * Throws EventValidationError for unknown types, versions without an upcaster path, and
 * data that fits neither its stored version nor, once upcast, the current one.
 */
export function upcastEvent<Type extends EventType>(
  type: Type,
  version: number,
  data: unknown,
  registry?: UpcasterRegistry,
  envelope?: UpcastEnvelope,
): EventData<Type>;
export function upcastEvent(
  type: string,
  version: number,
  data: unknown,
  registry?: UpcasterRegistry,
  envelope?: UpcastEnvelope,
): EventData<EventType>;
export function upcastEvent(
  type: string,
  version: number,
  data: unknown,
  registry = defaultUpcasterRegistry,
  envelope?: UpcastEnvelope,
): EventData<EventType> {
  const definition = eventDefinition(type);
  if (!definition) throw unknownEventType(type);
  const upcast = applyUpcasters(type, version, definition.version, data, registry, envelope);
  return parseEventData(type, definition.schema, upcast);
}

/**
 * A stored event as a member of the GridlineEvent union, whatever version it was written at.
 * Pass the envelope: some upcasts read who wrote the event from it.
 */
export function decodeEvent(
  type: string,
  version: number,
  data: unknown,
  envelope?: UpcastEnvelope,
  registry = defaultUpcasterRegistry,
): GridlineEvent {
  return { type, data: upcastEvent(type, version, data, registry, envelope) } as GridlineEvent;
}

/** Runs the chain fromVersion → … → toVersion; each step's input is checked against its own schema. */
export function applyUpcasters(
  type: string,
  fromVersion: number,
  toVersion: number,
  data: unknown,
  registry: UpcasterRegistry,
  envelope?: UpcastEnvelope,
): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > toVersion) {
    throw versionError(type, `version ${fromVersion} is not between 1 and ${toVersion}`);
  }
  let current = data;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const upcaster = registry.find(type, version);
    if (!upcaster) throw versionError(type, `no upcaster from version ${version}`);
    current = upcaster.up(parseEventData(type, upcaster.fromSchema, current, version), envelope);
  }
  return current;
}

function versionError(type: string, message: string): EventValidationError {
  return new EventValidationError(type, [{ path: '', message }], `Cannot read ${type}: ${message}`);
}
