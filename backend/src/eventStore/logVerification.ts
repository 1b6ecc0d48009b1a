// What a check of the log's tamper evidence reports, whichever store ran it. Only the
// embedded store keeps a hash chain today; the types are here so the application and
// the HTTP layer need not know which adapter answered.

/** Each kind names what the evidence shows was done to the log. */
export const logBreakKinds = {
  missing_events: 'events were deleted: positions are missing from the log',
  broken_link:
    'an event does not point back to the one before it: events were reordered, removed or rewritten',
  altered_event: "an event's stored content no longer matches its hash: it was edited",
  revision_out_of_sequence:
    "a stream's revisions are not 0, 1, 2… in log order: events were renumbered, reordered or removed",
  stream_head_mismatch:
    "a stream's recorded head differs from its last event: its tail was cut or its head edited",
  stream_head_missing: 'events belong to a stream the log has no record of',
  stream_without_events: 'a stream is recorded but its events are gone',
  truncated: 'the log ends before a position it had already signed or handed out: its tail was cut',
  unsigned_events: 'events lie beyond the signed head of the log: they were added without the key',
  bad_signature:
    'a signed head or checkpoint does not match the signing key: forged, or the key changed',
  checkpoint_mismatch:
    'the log no longer holds the hash a signed checkpoint recorded: history was rewritten',
  anchor_mismatch:
    'the log no longer holds the head exported as the anchor: history was rewritten or cut',
} as const;

export type LogBreakKind = keyof typeof logBreakKinds;

export interface LogBreak {
  readonly kind: LogBreakKind;
  /** The first global position affected, when one can be named. */
  readonly position?: number;
  readonly stream?: string;
  readonly revision?: number;
  readonly detail: string;
}

/** A head exported earlier: the log must still hold `hash` (at `position`, if given). */
export interface LogAnchor {
  readonly position?: number;
  readonly hash: string;
}

export interface LogVerificationReport {
  readonly ok: boolean;
  /** 'incremental' resumed from the last verified checkpoint; 'full' read everything. */
  readonly mode: 'full' | 'incremental';
  /** The position the chain was checked from (0: the beginning). */
  readonly fromPosition: number;
  readonly eventsChecked: number;
  readonly streamsChecked: number;
  readonly checkpointsChecked: number;
  /** The last event as found, to export as an anchor; null for an empty log. */
  readonly head: { readonly position: number; readonly hash: string } | null;
  /** The breaks found, in log order, the first ones only when there are many. */
  readonly breaks: readonly LogBreak[];
  /** How many breaks were found in all. */
  readonly breaksFound: number;
  readonly firstBreak?: LogBreak;
}

export interface VerifyLogOptions {
  readonly from: 'start' | 'last_checkpoint';
  readonly anchor?: LogAnchor;
  /** Called now and then with the events checked so far and the events to check. */
  readonly onProgress?: (checked: number, total: number) => void;
}

/** A store whose log carries tamper evidence that can be checked. */
export interface LogVerifier {
  verify(options: VerifyLogOptions): Promise<LogVerificationReport>;
  /** Signs the verified head as the checkpoint the next incremental check resumes from. */
  recordCheckpoint(head: { readonly position: number; readonly hash: string }): void;
}

/** `<position>:<hash>` or a bare hash, as `verify --anchor` and the API take it. */
export const parseAnchor = (text: string): LogAnchor | undefined => {
  const match = /^(?:(\d{1,15}):)?([0-9a-f]{64})$/.exec(text.trim().toLowerCase());
  if (!match?.[2]) return undefined;
  return match[1] === undefined
    ? { hash: match[2] }
    : { position: Number(match[1]), hash: match[2] };
};

export const formatAnchor = (head: { position: number; hash: string }): string =>
  `${head.position}:${head.hash}`;

/** One line naming the break and where, for logs, the CLI and problem details. */
export const describeBreak = (found: LogBreak): string => {
  const where = [
    found.position === undefined ? undefined : `position ${found.position}`,
    found.stream === undefined ? undefined : `stream ${found.stream}`,
    found.revision === undefined ? undefined : `revision ${found.revision}`,
  ].filter(Boolean);
  return `${found.kind}${where.length > 0 ? ` at ${where.join(', ')}` : ''}: ${found.detail}`;
};
