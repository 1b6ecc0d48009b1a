import type { StreamKind } from './catalogue.ts';
import { idPattern } from './primitives.ts';

export const caseStreamPrefix = 'case-';
export const inspectionStreamPrefix = 'inspection-';
export const orgStreamPrefix = 'org-';
export const meetingStreamPrefix = 'meeting-';
export const accessStreamPrefix = 'access-';

export const streamPrefixes = {
  case: caseStreamPrefix,
  inspection: inspectionStreamPrefix,
  meeting: meetingStreamPrefix,
  organisation: orgStreamPrefix,
  access: accessStreamPrefix,
} as const satisfies Record<StreamKind, string>;

export type CaseStreamName = `${typeof caseStreamPrefix}${string}`;
export type InspectionStreamName = `${typeof inspectionStreamPrefix}${string}`;
export type OrgStreamName = `${typeof orgStreamPrefix}${string}`;
export type MeetingStreamName = `${typeof meetingStreamPrefix}${string}`;
export type AccessStreamName = `${typeof accessStreamPrefix}${string}`;
export type StreamName =
  CaseStreamName | InspectionStreamName | OrgStreamName | MeetingStreamName | AccessStreamName;

export interface ParsedStreamName {
  readonly kind: StreamKind;
  readonly id: string;
}

export function caseStream(id: string): CaseStreamName {
  return `${caseStreamPrefix}${checkedId(id)}`;
}

export function inspectionStream(id: string): InspectionStreamName {
  return `${inspectionStreamPrefix}${checkedId(id)}`;
}

export function orgStream(id: string): OrgStreamName {
  return `${orgStreamPrefix}${checkedId(id)}`;
}

export function meetingStream(id: string): MeetingStreamName {
  return `${meetingStreamPrefix}${checkedId(id)}`;
}

/** One person's access log: the reads of theirs that are put on record. */
export function accessStream(personId: string): AccessStreamName {
  return `${accessStreamPrefix}${checkedId(personId)}`;
}

export function streamName(kind: StreamKind, id: string): StreamName {
  return `${streamPrefixes[kind]}${checkedId(id)}`;
}

/** The kind and id of one of our streams; undefined for anything else (e.g. `$`-system streams). */
export function parseStreamName(name: string): ParsedStreamName | undefined {
  for (const [kind, prefix] of Object.entries(streamPrefixes) as [StreamKind, string][]) {
    if (!name.startsWith(prefix)) continue;
    const id = name.slice(prefix.length);
    return idPattern.test(id) ? { kind, id } : undefined;
  }
  return undefined;
}

function checkedId(id: string): string {
  // A malformed id would make a stream name that parseStreamName cannot read back.
  if (!idPattern.test(id)) throw new RangeError(`Not a valid id for a stream name: "${id}"`);
  return id;
}
