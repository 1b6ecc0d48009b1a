import { DomainError } from '../domainError.ts';

// The case lifecycle refuses with the one DomainError every aggregate shares (mapped to
// HTTP in one place: forbidden → 403, illegal_state → 409, invalid → 400). These
// shorthands keep each rule reading as the sentence it refuses with.

export { DomainError, type DomainErrorKind } from '../domainError.ts';

/** The actor's role or scope does not allow this. */
export const forbidden = (message: string): DomainError => new DomainError('forbidden', message);

/** There is no such case (or other thing the command names). */
export const notFound = (message: string): DomainError => new DomainError('not_found', message);

/** Not possible in the case's current state. */
export const illegalState = (message: string): DomainError =>
  new DomainError('illegal_state', message);

/** The command itself is wrong, whatever the state: a bad level, a missing reason. */
export const invalid = (message: string): DomainError => new DomainError('invalid', message);
