import { describe, expect, it } from 'vitest';
import { sampleEventData, sampleIds as ids } from '@gridline/events/fixtures/sampleEvents.ts';
import {
  evolveInspection,
  initialInspectionState,
  recordInspectionPayloadSchema,
} from './recordInspection.ts';

const { place: _place, ...fields } = sampleEventData.InspectionRecorded;
// The sample is a stored event; a patrol app names a finding's new case with a UUID.
const payload = {
  ...fields,
  gridId: ids.grid,
  findings: fields.findings.map((finding) =>
    finding.caseId ? { ...finding, caseId: '0b5c4e2e-6f1d-4c7a-9e3b-2d8f6a1c9e40' } : finding,
  ),
};

describe('The RecordInspection payload', () => {
  it('accepts the fields of InspectionRecorded, naming the grid instead of the whole place', () => {
    expect(recordInspectionPayloadSchema.safeParse(payload).success).toBe(true);
  });

  it('accepts a risk level on a finding that opens a case', () => {
    const findings = payload.findings.map((finding) => ({ ...finding, riskLevel: 'high' }));
    expect(recordInspectionPayloadSchema.safeParse({ ...payload, findings }).success).toBe(true);
  });

  it('refuses the whole place, which the server takes from the directory', () => {
    const withPlace = { ...payload, place: sampleEventData.InspectionRecorded.place };
    expect(recordInspectionPayloadSchema.safeParse(withPlace).success).toBe(false);
  });

  it('refuses a time without its offset', () => {
    const localTime = { ...payload, endedAt: '2024-06-03T11:10:00' };
    expect(recordInspectionPayloadSchema.safeParse(localTime).success).toBe(false);
  });
});

describe('An inspection stream', () => {
  it('is recorded once its InspectionRecorded is read', () => {
    const event = { type: 'InspectionRecorded', data: sampleEventData.InspectionRecorded } as const;
    expect(evolveInspection(initialInspectionState, event)).toEqual({
      status: 'recorded',
      inspection: sampleEventData.InspectionRecorded,
    });
  });
});
