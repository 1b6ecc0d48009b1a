import {
  erasedPersonalValue,
  isEventType,
  mapFreeText,
  mapPersonalData,
  replacePersonalSpans,
  type EventType,
} from '@gridline/events';
import type { EventToAppend } from '../port.ts';
import { UnreadableJson } from '../unreadableJson.ts';
import type { ResidentKeyStore } from './residentKeyStore.ts';
import { openTokens, sealValue, type KeyLookup } from './valueCipher.ts';

// What the store is given and gives back: an event's personal values sealed under their
// resident's key on the way in, opened (or shown as erased) on the way out. Everything
// else in the event is stored as it is, so the hash chain covers the sealed form.

/**
 * Whose key seals a value. A person is the object a marked field sits in (`parties.1`,
 * `reporter`, `welfareChecks.0`), within one event; numbers in free text take the
 * stream's own key. Every subject of a case starts with `case-<id>#`, which is what an
 * erasure destroys.
 */
export const subjectPrefix = (streamName: string): string => `${streamName}#`;

const personSubject = (streamName: string, eventId: string, at: readonly (string | number)[]) =>
  `${subjectPrefix(streamName)}${eventId}#${at.length > 1 ? at.slice(0, -1).join('.') : at.join('.')}`;

const textSubject = (streamName: string) => `${subjectPrefix(streamName)}text`;

export interface EventCipher {
  seal(streamName: string, event: EventToAppend): EventToAppend;
  /** `log`: the caller reads the log in order, so keys are read ahead (`keyInLogOrder`). */
  open<Data>(data: Data, order?: 'log'): Data;
}

export const eventCipher = (keys: ResidentKeyStore): EventCipher => {
  // Copies only what it changes: most events hold no sealed value, and a replay opens a
  // million of them (the copy of every object was a tenth of a replay's garbage).
  const open = (node: unknown, keyOf: KeyLookup): unknown => {
    // A part the store could not parse stays what it is, so readers fail on the reason.
    if (node instanceof UnreadableJson) return node;
    if (typeof node === 'string') return openTokens(node, keyOf, erasedPersonalValue);
    if (Array.isArray(node)) {
      let copy: unknown[] | undefined;
      node.forEach((item, index) => {
        const opened = open(item, keyOf);
        if (opened !== item) (copy ??= [...node])[index] = opened;
      });
      return copy ?? node;
    }
    if (node !== null && typeof node === 'object') {
      let copy: Record<string, unknown> | undefined;
      for (const [key, value] of Object.entries(node)) {
        const opened = open(value, keyOf);
        if (opened !== value) (copy ??= { ...node })[key] = opened;
      }
      return copy ?? node;
    }
    return node;
  };

  return {
    seal(streamName, event) {
      if (!isEventType(event.type)) return event;
      const type = event.type as EventType;
      const data = event.data as never;
      // First who needs a key, then every key in one transaction, then the sealing.
      const subjects: string[] = [];
      mapPersonalData(type, data, (value, _field, at) => {
        subjects.push(personSubject(streamName, event.id, at));
        return value;
      });
      mapFreeText(type, data, (text) =>
        replacePersonalSpans(text, (value) => {
          subjects.push(textSubject(streamName));
          return value;
        }),
      );
      if (subjects.length === 0) return event;
      const keyOf = keys.keysFor(subjects);
      const sealWith = (subject: string, value: string): string => {
        const { keyId, key } = keyOf.get(subject)!;
        return sealValue(keyId, key, value);
      };
      const sealed = mapFreeText(
        type,
        mapPersonalData(type, data, (value, _field, at) =>
          sealWith(personSubject(streamName, event.id, at), value),
        ),
        (text) => replacePersonalSpans(text, (value) => sealWith(textSubject(streamName), value)),
      );
      return { ...event, data: sealed };
    },
    open: <Data>(data: Data, order?: 'log'): Data =>
      open(data, order === 'log' ? keys.keyInLogOrder : keys.keyById) as Data,
  };
};
