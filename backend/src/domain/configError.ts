// A deployment's configuration is wrong: the environment, or the calendar and deadline
// policy it supplies. It lives in domain/ because the domain validates that calendar and
// policy itself and must not import outward; config.ts re-exports it, so start-up
// catches this one type for every configuration mistake.
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
