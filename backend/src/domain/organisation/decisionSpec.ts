import { expect } from 'vitest';
import { DomainError, type DomainErrorKind } from '../domainError.ts';

// Given / When / Then for decide functions, for tests: given what happened before, when a
// command arrives, then these events follow, or the command is refused with this kind.

export function decisionSpec<Given, Command, Event>(
  decide: (command: Command, given: Given) => readonly Event[],
) {
  return {
    given: (given: Given) => ({
      when: (command: Command) => ({
        then: (expected: readonly Event[]): void => {
          expect(decide(command, given)).toEqual(expected);
        },
        thenRefuses: (kind: DomainErrorKind, message?: RegExp): void => {
          let refusal: unknown;
          try {
            decide(command, given);
          } catch (error) {
            refusal = error;
          }
          expect(refusal, 'the command was not refused').toBeInstanceOf(DomainError);
          expect(refusal).toMatchObject({ kind });
          if (message) expect((refusal as DomainError).message).toMatch(message);
        },
      }),
    }),
  };
}
