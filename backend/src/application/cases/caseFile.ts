import { createHash } from 'node:crypto';
import type { AccessEvent, EventMetadata } from '@gridline/events';
import { caseFileFormat } from '@gridline/projections';
import { positionToString } from '../../eventStore/port.ts';
import { canonicalJson } from '../canonicalJson.ts';
import type { CaseView } from './caseQueries.ts';
import { replayCase, type ReplayStep } from './caseReplay.ts';
import { maskedEvent } from './personalDataViews.ts';
import type { RecordedReveal } from './revealLog.ts';

// 一案一档: everything the log holds about one case, in one document an auditor can file
// and check later. It holds nothing that depends on when it was made, so the same case at
// the same revision, with the same reveals, always gives the same file and hash.

export { caseFileFormat };

/**
 * A reveal of the case's personal data, or its erasure, from the access log (`access-…`)
 * of whoever did it: which fields and why, never the values.
 */
export type CaseFileReveal = AccessEvent & {
  readonly position: string;
  readonly stream: string;
  readonly metadata: EventMetadata;
};

export interface CaseFile {
  readonly format: typeof caseFileFormat;
  readonly caseId: string;
  readonly revision: string;
  /** Every event of the case in revision order, with the state right after it. */
  readonly events: readonly ReplayStep[];
  /** Every reveal of its residents' data, in log order. */
  readonly reveals: readonly CaseFileReveal[];
}

export interface SealedCaseFile {
  readonly file: CaseFile;
  readonly hash: {
    readonly algorithm: 'SHA-256';
    readonly canonicalization: 'RFC 8785';
    /** Lower-case hex of SHA-256 over the UTF-8 bytes of `file` in canonical JSON. */
    readonly value: string;
  };
}

const revealEntry = (reveal: RecordedReveal): CaseFileReveal => ({
  position: positionToString(reveal.position),
  stream: reveal.streamName,
  ...maskedEvent({ type: reveal.type, data: reveal.data } as AccessEvent),
  metadata: reveal.metadata,
});

/** The case file, hashed over exactly the JSON it is sent as. */
export const caseFileOf = (
  caseId: string,
  view: CaseView,
  reveals: readonly RecordedReveal[],
): SealedCaseFile => {
  const built: CaseFile = {
    format: caseFileFormat,
    caseId,
    revision: view.revision.toString(),
    events: replayCase(caseId, view.events),
    reveals: reveals.map(revealEntry),
  };
  // Through JSON and back: what is hashed is what the client parses, nothing JSON drops.
  const file = JSON.parse(JSON.stringify(built)) as CaseFile;
  const value = createHash('sha256').update(canonicalJson(file), 'utf8').digest('hex');
  return { file, hash: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', value } };
};
