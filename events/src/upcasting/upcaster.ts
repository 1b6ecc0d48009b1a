import type * as z from 'zod';
import type { EventType } from '../catalogue.ts';

/** What an upcaster may read of the stored event's envelope: who wrote it. */
export interface UpcastEnvelope {
  readonly actor?: { readonly personId: string };
}

/** Turns data stored at `fromVersion` into data of `fromVersion + 1`. */
export interface Upcaster<From = unknown> {
  readonly type: EventType;
  readonly fromVersion: number;
  /** The schema the old version was written with; stored data is checked against it first. */
  readonly fromSchema: z.ZodType<From>;
  /** The envelope is passed when the reader has it; an upcaster that needs it says so. */
  up(data: From, envelope?: UpcastEnvelope): unknown;
}

export function defineUpcaster<From>(upcaster: Upcaster<From>): Upcaster {
  return upcaster as Upcaster;
}

export interface UpcasterRegistry {
  find(type: string, fromVersion: number): Upcaster | undefined;
}

export function upcasterRegistry(upcasters: readonly Upcaster[]): UpcasterRegistry {
  const byKey = new Map<string, Upcaster>();
  for (const upcaster of upcasters) {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (byKey.has(key))
      throw new Error(`Two upcasters for ${upcaster.type} v${upcaster.fromVersion}`);
    byKey.set(key, upcaster);
  }
  return { find: (type, fromVersion) => byKey.get(`${type}@${fromVersion}`) };
}
