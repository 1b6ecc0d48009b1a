import { isApiProblem } from './apiProblem.ts';

/**
 * Idempotency keys for one form. A request whose answer never came may still have been
 * written, so sending the same body again reuses its key and the server writes nothing
 * twice; a changed body is a new request and gets a new key (reusing one is refused, 422).
 */
export interface RetryKeys {
  keyFor(body: unknown): string;
  settled(error: unknown): void;
}

const outcomeUnknown = (error: unknown): boolean =>
  isApiProblem(error) && (error.status === 0 || error.status >= 500);

export function retryKeys(newKey: () => string = () => crypto.randomUUID()): RetryKeys {
  let last: { key: string; body: string; unknown: boolean } | null = null;
  return {
    keyFor(body) {
      const text = JSON.stringify(body);
      const key = last?.unknown && last.body === text ? last.key : newKey();
      last = { key, body: text, unknown: false };
      return key;
    },
    settled(error) {
      if (last) last.unknown = error !== undefined && outcomeUnknown(error);
    },
  };
}
