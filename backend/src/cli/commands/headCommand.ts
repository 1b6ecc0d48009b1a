import { join } from 'node:path';
import { formatAnchor } from '../../eventStore/logVerification.ts';
import { readOnlyLogHead } from '../../eventStore/sqlite/integrity/readOnlyLogVerifier.ts';
import { eventsFileName } from '../../eventStore/sqlite/schema.ts';
import { exitCodes, type CliCommand } from '../cliCommand.ts';

export const headCommand: CliCommand = {
  name: 'head',
  summary: "Print the log's head (position:hash) to keep elsewhere as an anchor",
  help: `Prints the position and hash of the log's last event as <position>:<hash>. Keep it
somewhere the log's writers cannot reach (a ticket, a letter, another system): a later
\`npm run gridline -- verify --anchor <position>:<hash>\` then proves the log has only grown
since, even against someone who rewrote the log and holds the signing key. Run verify
first: an anchor vouches for nothing that was already broken.`,
  options: {},

  async run({ config, stdout, stderr }) {
    const head = readOnlyLogHead(join(config.dataDir, eventsFileName));
    if (!head) {
      stderr.write('The log is empty: there is no head to anchor yet.\n');
      return exitCodes.failed;
    }
    stdout.write(`${formatAnchor(head)}\n`);
    return exitCodes.ok;
  },
};
