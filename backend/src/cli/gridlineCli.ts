import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config.ts';
import { UnverifiableLogError } from '../eventStore/sqlite/integrity/verifySqliteLog.ts';
import { SigningKeyError } from '../eventStore/sqlite/logSigning.ts';
import { CliUsageError, exitCodes, type CliCommand } from './cliCommand.ts';
import { backupCommand } from './commands/backupCommand.ts';
import { exportCommand } from './commands/exportCommand.ts';
import { headCommand } from './commands/headCommand.ts';
import { importCommand } from './commands/importCommand.ts';
import { migrateCommand } from './commands/migrateCommand.ts';
import { rebuildCommand } from './commands/rebuildCommand.ts';
import { restoreCommand } from './commands/restoreCommand.ts';
import { verifyCommand } from './commands/verifyCommand.ts';

// npm run gridline -- <command> [options]      (npm run gridline -- <command> --help)
// Operators' commands on a data directory, beside a running server if need be.

/** Every subcommand; a new one is one import and one entry here. */
const commands: readonly CliCommand[] = [
  verifyCommand,
  headCommand,
  rebuildCommand,
  backupCommand,
  restoreCommand,
  exportCommand,
  importCommand,
  migrateCommand,
];

const commonOptions = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const overview = [
  'Usage: npm run gridline -- <command> [options] [--data-dir <dir>]',
  '',
  ...commands.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`),
  '',
  'npm run gridline -- <command> --help tells more. --data-dir defaults to GRIDLINE_DATA_DIR or ./data.',
].join('\n');

const usageOf = (command: CliCommand): string =>
  `Usage: npm run gridline -- ${command.name} [options] [--data-dir <dir>]\n\n${command.help}`;

/** Errors the operator can act on, as one line; anything else is a bug and keeps its stack. */
const isOperatorError = (error: unknown): error is Error =>
  error instanceof CliUsageError ||
  error instanceof ConfigError ||
  error instanceof SigningKeyError ||
  error instanceof UnverifiableLogError;

export const runGridlineCli = async (args: readonly string[]): Promise<number> => {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview);
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    console.error(`gridline: no command ${name}\n\n${overview}`);
    return exitCodes.usage;
  }
  try {
    const { values, positionals } = (() => {
      try {
        return parseArgs({
          args: [...rest],
          allowPositionals: true,
          options: { ...command.options, ...commonOptions },
        });
      } catch (error) {
        throw new CliUsageError(`${(error as Error).message}\n\n${usageOf(command)}`);
      }
    })();
    if (values['help']) {
      console.log(usageOf(command));
      return exitCodes.ok;
    }
    if (positionals.length > 0 && !command.takesArguments) {
      throw new CliUsageError(`unexpected ${positionals.join(' ')}\n\n${usageOf(command)}`);
    }
    const dataDir = values['data-dir'];
    const config = readConfig({
      ...process.env,
      ...(typeof dataDir === 'string' && { GRIDLINE_DATA_DIR: dataDir }),
    });
    return await command.run({
      config,
      values,
      positionals,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  } catch (error) {
    if (!isOperatorError(error)) throw error;
    console.error(`gridline ${name}: ${error.message}`);
    return exitCodes.usage;
  }
};

if (import.meta.main) process.exitCode = await runGridlineCli(process.argv.slice(2));
