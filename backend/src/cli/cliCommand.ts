import type { ParseArgsOptionsConfig } from 'node:util';
import type { Config } from '../config.ts';

// One subcommand of `npm run gridline`. Adding one: write a CliCommand in commands/ and
// list it in gridlineCli.ts; parsing, --help, --data-dir and exit codes come for free.

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface CliContext {
  /** The configuration from the environment, with --data-dir applied. */
  readonly config: Config;
  readonly values: OptionValues;
  readonly positionals: readonly string[];
  readonly stdout: NodeJS.WritableStream;
  /** Progress and diagnostics go here, so stdout stays fit for a pipe. */
  readonly stderr: NodeJS.WriteStream;
}

export interface CliCommand {
  readonly name: string;
  /** One line, for `npm run gridline -- --help`. */
  readonly summary: string;
  /** The rest of `npm run gridline -- <name> --help`, after the usage line. */
  readonly help: string;
  /** The command's own options; `--help` and `--data-dir` are added to every command. */
  readonly options: ParseArgsOptionsConfig;
  /** Whether arguments other than options are taken; refused otherwise. */
  readonly takesArguments?: boolean;
  /** Resolves with the exit code. */
  run(context: CliContext): Promise<number>;
}

export const exitCodes = {
  ok: 0,
  /** The command ran and found something wrong (e.g. a broken log). */
  failed: 1,
  /** The command could not run as asked: bad options, no such file, no key. */
  usage: 2,
} as const;

/** Thrown for input the operator must fix; printed without a stack trace, exit 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
