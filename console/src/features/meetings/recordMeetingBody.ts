import type { IssueCategory, RiskLevel } from '@gridline/events';

/** A resident meeting as POST /api/meetings takes it (docs/api.md). */
export interface RecordMeetingBody {
  /** Minted once per form: sending it again finds the meeting already recorded. */
  readonly meetingId: string;
  readonly communityId: string;
  readonly heldAt: string;
  readonly venue: string;
  readonly residentsAttending: number;
  readonly topic: string;
  readonly note?: string;
  readonly matters: readonly {
    readonly matterId: string;
    readonly title: string;
    readonly description: string;
    readonly category: IssueCategory;
    readonly riskLevel: RiskLevel;
    readonly gridId: string;
    readonly buildingId?: string;
  }[];
}
