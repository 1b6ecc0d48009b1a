// Why a decide function refused a command. One error type for every aggregate, so the
// HTTP layer maps it in one place (http/knownErrors.ts): forbidden → 403, not_found → 404,
// illegal_state → 409, invalid → 400. The application uses it too, so it never needs HTTP.

export type DomainErrorKind = 'forbidden' | 'not_found' | 'illegal_state' | 'invalid';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly kind: DomainErrorKind;

  constructor(kind: DomainErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}
