import type * as z from 'zod';

export interface EventValidationIssue {
  /** Like `parties[0].phone`; empty when the data as a whole is wrong. */
  readonly path: string;
  readonly message: string;
}

/** Event data that does not match its type's schema, or an event type we do not know. */
export class EventValidationError extends Error {
  override readonly name = 'EventValidationError';
  readonly eventType: string;
  readonly issues: readonly EventValidationIssue[];

  constructor(eventType: string, issues: readonly EventValidationIssue[], message?: string) {
    super(message ?? describe(eventType, issues));
    this.eventType = eventType;
    this.issues = issues;
  }

  /** `version` is named in the message when the data was read at an older version. */
  static fromZod(eventType: string, error: z.core.$ZodError, version?: number) {
    const issues = error.issues.flatMap(toIssues);
    const label = version === undefined ? eventType : `${eventType} v${version}`;
    return new EventValidationError(eventType, issues, describe(label, issues));
  }
}

function describe(label: string, issues: readonly EventValidationIssue[]): string {
  const details = issues.map(({ path, message }) => `${path || '(data)'}: ${message}`);
  return `Invalid ${label} data: ${details.join('; ')}`;
}

function toIssues(issue: z.core.$ZodIssue): EventValidationIssue[] {
  // Zod reports unknown fields once, at their parent; naming each one tells the writer what to drop.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: 'unknown field',
    }));
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const key = String(segment);
    return text === '' ? key : `${text}.${key}`;
  }, '');
}
