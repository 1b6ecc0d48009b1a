import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { eventDefinition, eventTypes } from '../catalogue.ts';
import { EventValidationError } from '../eventValidationError.ts';
import { sampleDisputeLoggedV1, sampleEventData } from '../fixtures/sampleEvents.ts';
import { defineUpcaster, upcasterRegistry } from './upcaster.ts';
import { defaultUpcasterRegistry } from './upcasters.ts';
import { applyUpcasters, decodeEvent, upcastEvent } from './upcastEvent.ts';

describe('Reading a DisputeLogged stored at version 1', () => {
  const upcast = upcastEvent('DisputeLogged', 1, sampleDisputeLoggedV1);

  it('makes the first named party the applicant, with the phone', () => {
    expect(upcast.parties[0]).toEqual({ name: '赵敏', phone: '13800138000', role: 'applicant' });
  });

  it('makes the other parties respondents', () => {
    expect(upcast.parties.slice(1)).toEqual([
      { name: '钱进', role: 'respondent' },
      { name: '钱太太', role: 'respondent' },
    ]);
  });

  it('keeps every other field as it was', () => {
    const { partyNames: _names, phone: _phone, ...rest } = sampleDisputeLoggedV1;
    expect(upcast).toMatchObject(rest);
    expect(Object.keys(upcast).sort()).toEqual(
      [...Object.keys(rest), 'parties', 'source', 'level', 'deadline'].sort(),
    );
  });

  it('leaves the phone out when v1 had none', () => {
    const { phone: _phone, ...withoutPhone } = sampleDisputeLoggedV1;
    expect(upcastEvent('DisputeLogged', 1, withoutPhone).parties[0]).toEqual({
      name: '赵敏',
      role: 'applicant',
    });
  });

  it('checks the stored data against the v1 schema first', () => {
    const broken = { ...sampleDisputeLoggedV1, partyNames: [] };
    expect(() => upcastEvent('DisputeLogged', 1, broken)).toThrow(
      /^Invalid DisputeLogged v1 data: partyNames: /,
    );
  });

  it('does not accept v2 data claiming to be v1', () => {
    expect(() => upcastEvent('DisputeLogged', 1, sampleEventData.DisputeLogged)).toThrow(
      EventValidationError,
    );
  });
});

describe('upcastEvent', () => {
  it('validates current-version data without changing it', () => {
    expect(upcastEvent('DisputeLogged', 3, sampleEventData.DisputeLogged)).toEqual(
      sampleEventData.DisputeLogged,
    );
  });

  it('rejects versions newer than the current one', () => {
    expect(() => upcastEvent('CaseNoteAdded', 2, sampleEventData.CaseNoteAdded)).toThrow(
      'Cannot read CaseNoteAdded: version 2 is not between 1 and 1',
    );
  });

  it('rejects unknown types', () => {
    expect(() => upcastEvent('CaseDeleted', 1, {})).toThrow('Unknown event type "CaseDeleted"');
  });

  it('returns a member of the event union from decodeEvent', () => {
    const event = decodeEvent('DisputeLogged', 1, sampleDisputeLoggedV1);
    expect(event.type).toBe('DisputeLogged');
    if (event.type === 'DisputeLogged') expect(event.data.parties).toHaveLength(3);
  });

  it('has an upcaster for every older version of every type', () => {
    for (const type of eventTypes) {
      for (let version = 1; version < eventDefinition(type).version; version += 1) {
        expect(defaultUpcasterRegistry.find(type, version), `${type} v${version}`).toBeDefined();
      }
    }
  });
});

describe('applyUpcasters', () => {
  const v1 = z.strictObject({ text: z.string() });
  const v2 = z.strictObject({ body: z.string() });
  const registry = upcasterRegistry([
    defineUpcaster({
      type: 'CaseNoteAdded',
      fromVersion: 1,
      fromSchema: v1,
      up: ({ text }) => ({ body: text }),
    }),
    defineUpcaster({
      type: 'CaseNoteAdded',
      fromVersion: 2,
      fromSchema: v2,
      up: ({ body }) => ({ caseId: 'C-1', text: body }),
    }),
  ]);

  it('chains the upcasters one version at a time', () => {
    expect(applyUpcasters('CaseNoteAdded', 1, 3, { text: '周末上门' }, registry)).toEqual({
      caseId: 'C-1',
      text: '周末上门',
    });
  });

  it('checks each step against its own version', () => {
    expect(() => applyUpcasters('CaseNoteAdded', 2, 3, { text: 'x' }, registry)).toThrow(
      /CaseNoteAdded v2 data: body: is required; text: unknown field/,
    );
  });

  it('fails where the chain has a gap', () => {
    expect(() => applyUpcasters('CaseNoteAdded', 1, 4, { text: 'x' }, registry)).toThrow(
      'no upcaster from version 3',
    );
  });

  it('refuses two upcasters for the same step', () => {
    const step = defineUpcaster({
      type: 'CaseNoteAdded',
      fromVersion: 1,
      fromSchema: v1,
      up: () => ({}),
    });
    expect(() => upcasterRegistry([step, step])).toThrow('Two upcasters for CaseNoteAdded v1');
  });
});
