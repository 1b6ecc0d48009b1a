import { validateEventData, type GridlineEvent } from '@gridline/events';
import { expect } from 'vitest';
import { chinaWorkingCalendar2026, defaultDeadlinePolicy } from '../../deadlines/index.ts';
import type { CaseCommand } from '../caseCommands.ts';
import type { CaseDecisionContext } from '../caseDecisionContext.ts';
import { decideCase } from '../decideCase.ts';
import { decideReveal, type RevealPersonalData } from '../decideReveal.ts';
import { DomainError, type DomainErrorKind } from '../domainError.ts';
import { foldCase, type RecordedCaseEvent } from '../evolveCase.ts';

// Given / When / Then for the case decider: the history is folded into state, the
// command decided, and the outcome compared with the events or the refusal expected.

/** The 2026 China calendar with the default deadlines, so every deadline is exact. */
export const testContext: CaseDecisionContext = {
  calendar: chinaWorkingCalendar2026,
  policy: defaultDeadlinePolicy,
  closeAfterDaysWithoutVisit: 7,
};

export interface Outcome {
  then(expected: readonly GridlineEvent[]): void;
  thenThrows(kind: DomainErrorKind, message: RegExp): void;
}

export function given(
  history: readonly RecordedCaseEvent[],
  context: CaseDecisionContext = testContext,
): { when(command: CaseCommand | RevealPersonalData): Outcome } {
  return {
    when: (command) => {
      // A reveal is decided against the case but written to the access log.
      const decide = (): GridlineEvent[] =>
        command.type === 'RevealPersonalData'
          ? decideReveal(command, foldCase(history))
          : decideCase(command, foldCase(history), context);
      return {
        then: (expected) => {
          const events = decide();
          expect(events).toEqual(expected);
          // Whatever the rules decide must also be writable: the catalogue has the last word.
          for (const event of events) validateEventData(event.type, event.data);
        },
        thenThrows: (kind, message) => {
          let thrown: unknown;
          let events: GridlineEvent[] | undefined;
          try {
            events = decide();
          } catch (error) {
            thrown = error;
          }
          if (events) expect.fail(`Expected a ${kind} refusal, got ${JSON.stringify(events)}`);
          expect(thrown).toBeInstanceOf(DomainError);
          expect(thrown).toMatchObject({ kind, message: expect.stringMatching(message) });
        },
      };
    },
  };
}

/** Nothing has happened to the case yet. */
export const nothing: readonly RecordedCaseEvent[] = [];
