import { eventMetadataSchema, type ResidentMeetingHeld } from '@gridline/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStreams, dataOf, generateInto, type GeneratedDemo } from './demoHarness.ts';

// 书记下午茶: every community of the demo district holds residents' meetings, recorded by
// its own staff, and each matter raised opens a case at the community, its clock already
// running, which the community then works like any other.

describe("The demo district's residents' meetings", () => {
  let demo: GeneratedDemo;
  beforeAll(async () => {
    demo = await generateInto(19);
  }, 60_000);
  afterAll(() => demo?.close());

  const meetings = () =>
    demo.events
      .filter((event) => event.type === 'ResidentMeetingHeld')
      .map((event) => ({ id: event.id, data: event.data as ResidentMeetingHeld }));
  const caseOf = (caseId: string) => caseStreams(demo.events).get(`case-${caseId}`) ?? [];

  it('are held in every community, hosted by its own staff', () => {
    const communities = demo.demo.district.streets.flatMap((street) => street.communities);
    const held = meetings();
    for (const { communityId } of communities) {
      const own = held.filter((meeting) => meeting.data.communityId === communityId);
      expect(own.length, communityId).toBeGreaterThanOrEqual(1);
      const staff = demo.demo.staff.communities.get(communityId)!.map((s) => s.personId);
      expect(own.every((meeting) => staff.includes(meeting.data.hostId))).toBe(true);
    }
    expect(held.every((meeting) => meeting.data.matters.length > 0)).toBe(true);
  });

  it('open one case per matter, at the community, caused by the meeting, with a deadline', () => {
    const matters = meetings().flatMap(({ id, data }) =>
      data.matters.map((matter) => ({ meetingId: id, matter })),
    );
    expect(matters.length).toBeGreaterThanOrEqual(3);
    for (const { meetingId, matter } of matters) {
      const [opening] = caseOf(matter.caseId);
      expect(opening?.type, matter.title).toBe('IssueReported');
      expect(dataOf(opening!)).toMatchObject({
        source: 'meeting',
        level: 'community',
        title: matter.title,
      });
      expect(dataOf(opening!)['deadline']).toEqual(expect.any(String));
      expect(eventMetadataSchema.parse(opening!.metadata).causationId).toBe(meetingId);
    }
  });

  it('have their matters worked at the community: dispatched, resolved, verified, visited', () => {
    // A matter raised in the window's last days may not have been dispatched yet.
    const weekBeforeEnd = demo.demo.end.getTime() - 7 * 24 * 3_600_000;
    const worked = meetings()
      .filter(({ data }) => new Date(data.heldAt).getTime() < weekBeforeEnd)
      .flatMap(({ data }) => data.matters)
      .map((matter) => caseOf(matter.caseId));
    expect(worked.length).toBeGreaterThanOrEqual(1);
    const dispatchedHere = worked.filter((events) =>
      events.some((e) => e.type === 'CaseAssigned' && dataOf(e)['level'] === 'community'),
    );
    expect(dispatchedHere.length).toBe(worked.length);
    const afterCare = ['CaseResolved', 'ResolutionVerified', 'ReturnVisitRecorded', 'CaseClosed'];
    const settled = worked.filter((events) =>
      afterCare.every((type) => events.some((event) => event.type === type)),
    );
    expect(settled.length).toBeGreaterThanOrEqual(1);
  });
});
