import type { LogIntegrity } from './application/logIntegrity.ts';
import { describeBreak, type LogVerificationReport } from './eventStore/logVerification.ts';

const sayIfFailed = (report: LogVerificationReport | undefined): void => {
  if (!report || report.ok) return;
  console.error(
    `gridline: the event log FAILED verification; serving reads only, refusing every change. ${describeBreak(report.firstBreak!)}`,
  );
  console.error('gridline: `npm run gridline -- verify` gives the full report.');
};

/**
 * Once listening (changes wait meanwhile, reads do not): checks what was appended since
 * the last verified checkpoint, which is quick however long the log — or all of it, when
 * no checkpoint was signed. An incremental check cannot see an old event edited in place,
 * so the whole log is checked again in the background; a break it finds turns the server
 * read-only from then on.
 */
export const checkLogAtStart = async (integrity: LogIntegrity): Promise<void> => {
  const atStart = await integrity.checkAtStart();
  if (atStart?.ok) {
    console.log(
      `The event log verifies (${atStart.mode} check from position ${atStart.fromPosition}, ${atStart.eventsChecked} events).`,
    );
  }
  sayIfFailed(atStart);
  if (atStart?.ok && atStart.mode === 'incremental') {
    void integrity
      .checkAll()
      .then(sayIfFailed)
      .catch((error: unknown) => console.error('gridline: the background log check failed', error));
  }
};
