// Why a decide function refused a command. One error type for every aggregate, so the
// HTTP layer maps it in one place: forbidden → 403, illegal_state → 409, invalid → 400.

export type DomainErrorKind = 'forbidden' | 'illegal_state' | 'invalid';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly kind: DomainErrorKind;

  constructor(kind: DomainErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}
