import { decodeEvent, eventMetadataSchema, type CaseEvent, type Level } from '@gridline/events';
import { caseModel } from '@gridline/backend/application/cases/caseModel.ts';
import type { CaseState } from '@gridline/backend/domain/case/caseState.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseStreams, generateInto, type GeneratedDemo } from './demoHarness.ts';

// Every generated event went through the command path, so each is valid and each case
// stream folds into a consistent story. These checks replay the log independently of
// the generator and look for anything the rules should have prevented.

const ladder: readonly Level[] = ['grid', 'community', 'street', 'department'];

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

  it('folds every case stream into a consistent case', () => {
    const problems: string[] = [];
    for (const [stream, records] of caseStreams(demo.events)) {
      let state: CaseState = caseModel.initialState;
      let verifiedSinceResolution = false;
      const say = (problem: string) => problems.push(`${stream}: ${problem}`);
      records.forEach((record, index) => {
        const metadata = eventMetadataSchema.parse(record.metadata);
        const event = decodeEvent(record.type, metadata.schemaVersion, record.data) as CaseEvent;
        const opening = event.type === 'DisputeLogged' || event.type === 'IssueReported';
        if (opening !== (index === 0)) say(`${event.type} at revision ${index}`);
        const before = state;
        switch (event.type) {
          case 'CaseEscalated': {
            const level = before.status === 'none' ? null : before.level;
            if (level !== event.data.fromLevel)
              say(`escalated from ${event.data.fromLevel} at ${level}`);
            if (ladder.indexOf(event.data.toLevel) !== ladder.indexOf(event.data.fromLevel) + 1) {
              say(`escalation skipped a level: ${event.data.fromLevel} → ${event.data.toLevel}`);
            }
            break;
          }
          case 'CaseResolved':
            verifiedSinceResolution = false;
            break;
          case 'ResolutionVerified': {
            verifiedSinceResolution = true;
            if (before.status !== 'resolved') {
              say(`verified while ${before.status}`);
              break;
            }
            const verifier = metadata.actor.personId;
            if (verifier === before.resolution.resolverId)
              say(`verified by its resolver ${verifier}`);
            if (before.handlerIds.includes(verifier)) say(`verified by its handler ${verifier}`);
            if (before.dispatcherIds.includes(verifier))
              say(`verified by its dispatcher ${verifier}`);
            break;
          }
          case 'CaseClosed':
            if (!verifiedSinceResolution) say('closed without a verified resolution');
            break;
          case 'CaseDeadlineMissed':
            if (new Date(metadata.recordedAt) <= new Date(event.data.deadline)) {
              say(`deadline ${event.data.deadline} recorded as missed at ${metadata.recordedAt}`);
            }
            if (metadata.actor.role !== 'system')
              say(`deadline missed recorded by ${metadata.actor.role}`);
            break;
          default:
            break;
        }
        state = caseModel.evolve(state, event, metadata);
        if (state.status === 'none') say(`no case after ${event.type}`);
        if (before.status === 'closed' && event.type !== 'CaseNoteAdded') {
          say(`${event.type} after the case was closed`);
        }
      });
    }
    expect(problems).toEqual([]);
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
      if (state.status === 'closed') expect(state.resolution.resolverId).not.toBeNull();
    }
  });
});
