import { readOnlyLogVerifier } from '../../eventStore/sqlite/integrity/readOnlyLogVerifier.ts';
import type { LogVerificationReport } from '../../eventStore/logVerification.ts';
import { CliUsageError } from '../cliCommand.ts';
import { progressBar } from '../progressBar.ts';

/** The checks below read the embedded log; with EventStoreDB configured it is not in use. */
export const refuseEventStoreDb = (connectionString: string | undefined, what: string): void => {
  if (connectionString) {
    throw new CliUsageError(
      `EVENTSTORE_CONNECTION_STRING is set: ${what} the embedded store, which EventStoreDB replaces`,
    );
  }
};

/** The whole check `verify` runs, with its progress bar, on a log another command wrote. */
export const checkLog = async (
  path: string,
  signingKey: string | undefined,
  stderr: NodeJS.WriteStream,
): Promise<LogVerificationReport> => {
  const bar = progressBar(stderr, 'verifying');
  const report = await readOnlyLogVerifier(path, signingKey).verify({
    from: 'start',
    onProgress: (done, total) => bar.update(done, total),
  });
  bar.finish();
  return report;
};
