import { decodeEvent, eventMetadataSchema, type CaseEvent } from '@gridline/events';
import { caseModel } from '@gridline/backend/application/cases/caseModel.ts';
import type { CaseState } from '@gridline/backend/domain/case/caseState.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenRules } from './caseRuleChecks.ts';
import { caseStreams, generateInto, type GeneratedDemo } from './demoHarness.ts';

// Every generated event went through the command path, so each is valid and each case
// stream folds into a consistent story. These checks replay the log independently of
// the generator and look for anything the rules should have prevented.

describe('A generated demo district, replayed', () => {
  let demo: GeneratedDemo;
  beforeAll(async () => {
    demo = await generateInto(11);
  }, 60_000);
  afterAll(() => demo?.close());

  it('holds only events the catalogue reads back, with valid metadata', () => {
    for (const record of demo.events) {
      const metadata = eventMetadataSchema.parse(record.metadata);
      expect(metadata.eventId).toBe(record.id);
      expect(() => decodeEvent(record.type, metadata.schemaVersion, record.data)).not.toThrow();
    }
  });

  it('reads in time order: the server clock never goes back along the log', () => {
    const times = demo.events.map((e) => eventMetadataSchema.parse(e.metadata).recordedAt);
    const backwards = times.filter((time, i) => i > 0 && new Date(time) < new Date(times[i - 1]!));
    expect(backwards).toEqual([]);
  });

  it('folds every case stream into a case that kept every rule', () => {
    const problems: string[] = [];
    for (const [stream, records] of caseStreams(demo.events)) {
      let state: CaseState = caseModel.initialState;
      records.forEach((record, index) => {
        const metadata = eventMetadataSchema.parse(record.metadata);
        const event = decodeEvent(record.type, metadata.schemaVersion, record.data) as CaseEvent;
        const opening = event.type === 'DisputeLogged' || event.type === 'IssueReported';
        if (opening !== (index === 0))
          problems.push(`${stream}: ${event.type} at revision ${index}`);
        for (const problem of brokenRules(state, event, metadata)) {
          problems.push(`${stream}: ${problem}`);
        }
        state = caseModel.evolve(state, event, metadata);
        if (state.status === 'none') problems.push(`${stream}: no case after ${event.type}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('would notice a tampered log: a resolution verified by its own resolver', () => {
    const [stream, records] = [...caseStreams(demo.events)].find(([, r]) =>
      r.some((record) => record.type === 'ResolutionVerified'),
    )!;
    let state: CaseState = caseModel.initialState;
    for (const record of records) {
      const metadata = eventMetadataSchema.parse(record.metadata);
      const event = decodeEvent(record.type, metadata.schemaVersion, record.data) as CaseEvent;
      if (event.type === 'ResolutionVerified' && state.status === 'resolved') {
        const byResolver = { ...metadata.actor, personId: state.resolution.resolverId };
        expect(brokenRules(state, event, { ...metadata, actor: byResolver }), stream).toEqual([
          `verified by ${state.resolution.resolverId}, who worked this round`,
        ]);
        return;
      }
      state = caseModel.evolve(state, event, metadata);
    }
    throw new Error(`${stream} was never verified`);
  });

  it('ends every case in a state its last event explains', () => {
    for (const records of caseStreams(demo.events).values()) {
      const last = records.at(-1)!;
      const state = records.reduce<CaseState>((folded, record) => {
        const metadata = eventMetadataSchema.parse(record.metadata);
        const event = decodeEvent(record.type, metadata.schemaVersion, record.data) as CaseEvent;
        return caseModel.evolve(folded, event, metadata);
      }, caseModel.initialState);
      if (last.type === 'CaseClosed') expect(state.status).toBe('closed');
      if (state.status === 'closed' || state.status === 'resolved') {
        const resolved = records.findLast((record) => record.type === 'CaseResolved')!;
        expect(state.resolution.resolverId).toBe(
          eventMetadataSchema.parse(resolved.metadata).actor.personId,
        );
      }
    }
  });
});
