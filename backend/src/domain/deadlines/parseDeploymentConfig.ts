import type * as z from 'zod';
import { ConfigError } from '../configError.ts';

// Deployments write this configuration by hand in JSON, so every problem names its
// field (`workingDays.grid`) and they are all reported at once, not one per restart.
export const parseDeploymentConfig = <Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  what: string,
): z.output<Schema> => {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${field}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid ${what}: ${problems.join('; ')}`);
};
