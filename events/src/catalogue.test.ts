import { describe, expect, it } from 'vitest';
import {
  caseEventTypes,
  eventDefinition,
  eventTypes,
  accessEventTypes,
  inspectionEventTypes,
  isEventType,
  meetingEventTypes,
  organisationEventTypes,
} from './catalogue.ts';
import { sampleEventData, sampleEvents } from './fixtures/sampleEvents.ts';

const designedCaseEvents = [
  'DisputeLogged',
  'IssueReported',
  'CaseAssigned',
  'CaseAccepted',
  'MediationRecorded',
  'CaseEscalated',
  'DepartmentSummoned',
  'DepartmentReported',
  'SummonsWithdrawn',
  'CaseRiskReassessed',
  'DeadlineExtended',
  'ResolutionVerified',
  'CaseReturned',
  'CaseResolved',
  'ReturnVisitRecorded',
  'CaseReopened',
  'CaseClosed',
  'CaseDeadlineMissed',
  'CaseNoteAdded',
];

const designedOrganisationEvents = [
  'StreetEstablished',
  'CommunityEstablished',
  'GridEstablished',
  'BuildingRegistered',
  'DepartmentEstablished',
  'StaffAssigned',
  'StaffUnassigned',
];

describe('The event catalogue', () => {
  it('lists every case event of the design', () => {
    expect([...caseEventTypes].sort()).toEqual([...designedCaseEvents].sort());
  });

  it('lists the inspection, meeting, access and organisation events of the design', () => {
    expect(inspectionEventTypes).toEqual(['InspectionRecorded']);
    expect(meetingEventTypes).toEqual(['ResidentMeetingHeld']);
    // A reveal is a read put on record, kept apart from the case so its revision stays put;
    // an erasure changes no case (or patrol) fact either.
    expect(accessEventTypes).toEqual([
      'PersonalDataRevealed',
      'PersonalDataErased',
      'PatrolPersonalDataErased',
    ]);
    expect([...organisationEventTypes].sort()).toEqual([...designedOrganisationEvents].sort());
  });

  it('puts every type in exactly one stream kind', () => {
    expect(new Set(eventTypes).size).toBe(eventTypes.length);
    expect(eventTypes).toHaveLength(
      designedCaseEvents.length + 5 + designedOrganisationEvents.length,
    );
    for (const type of caseEventTypes) expect(eventDefinition(type).streamKind).toBe('case');
    for (const type of inspectionEventTypes) {
      expect(eventDefinition(type).streamKind).toBe('inspection');
    }
    for (const type of organisationEventTypes) {
      expect(eventDefinition(type).streamKind).toBe('organisation');
    }
    expect(eventDefinition('ResidentMeetingHeld').streamKind).toBe('meeting');
    expect(eventDefinition('PersonalDataRevealed').streamKind).toBe('access');
    expect(eventDefinition('PersonalDataErased').streamKind).toBe('access');
    expect(eventDefinition('PatrolPersonalDataErased').streamKind).toBe('access');
  });

  it.each(eventTypes)('has a versioned schema that accepts the sample %s', (type) => {
    const definition = eventDefinition(type);
    expect(definition.type).toBe(type);
    expect(Number.isInteger(definition.version) && definition.version >= 1).toBe(true);
    expect(definition.schema.parse(sampleEventData[type])).toEqual(sampleEventData[type]);
  });

  it.each(eventTypes)('rejects unknown fields in %s', (type) => {
    const result = eventDefinition(type).schema.safeParse({ ...sampleEventData[type], extra: 1 });
    expect(result.success).toBe(false);
  });

  it('knows nothing of other types', () => {
    expect(eventDefinition('CaseDeleted')).toBeUndefined();
    expect(isEventType('CaseDeleted')).toBe(false);
    expect(isEventType('CaseClosed')).toBe(true);
  });

  it('provides one sample per type', () => {
    expect(sampleEvents().map(({ type }) => type)).toEqual(eventTypes);
  });
});
