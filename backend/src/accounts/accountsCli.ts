import { resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { formatPath } from '@gridline/events';
import { newAccountSchema, UsernameTakenError } from './accountStore.ts';
import { openAccounts } from './openAccounts.ts';

// npm run accounts -- create --username <u> --person-id <id> --display-name <name>
//                           --role <role> --scope <kind>:<id>     (password on stdin)
// npm run accounts -- set-password --username <u>                  (password on stdin)
// npm run accounts -- disable|enable --username <u>
// npm run accounts -- unlock --username <u>                       (forgets failed sign-ins)
//
// Accounts are not events, so they are managed here, beside a running server if need be
// (the accounts file is in WAL mode). This is how an empty deployment (GRIDLINE_DEMO=off)
// gets its first admin, who then shapes the district through the API.

const usage = `Usage: npm run accounts -- <create|set-password|disable|enable|unlock> [options] [--data-dir <dir>]
  create        --username --person-id --display-name --role --scope <kind>:<id>; password on stdin
  set-password  --username; the new password on stdin (12 to 256 characters)
  disable       --username: signs the account out everywhere and refuses it from now on
  enable        --username
  unlock        --username: forgets its failed sign-ins, lifting a lock by the throttle`;

const fail = (message: string): never => {
  console.error(`gridline accounts: ${message}`);
  process.exit(1);
};

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        username: { type: 'string' },
        'person-id': { type: 'string' },
        'display-name': { type: 'string' },
        role: { type: 'string' },
        scope: { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();
if (values.help || positionals.length !== 1) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}

const passwordFromStdin = async (): Promise<string> =>
  (await text(process.stdin)).replace(/\r?\n$/, '');

const dataDir = values['data-dir'] ? resolve(values['data-dir']) : readConfig().dataDir;
const accounts = openAccounts({ dataDir });
try {
  const [command] = positionals;
  const username = values.username ?? fail('--username is required');
  if (command === 'create') {
    const [kind, ...id] = (values.scope ?? '').split(':');
    const parsed = newAccountSchema.safeParse({
      username,
      password: await passwordFromStdin(),
      personId: values['person-id'],
      displayName: values['display-name'],
      role: values.role,
      scope: { kind, id: id.join(':') },
    });
    if (!parsed.success) {
      fail(
        parsed.error.issues
          .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
          .join('; '),
      );
    }
    const account = await accounts.accounts.createAccount(parsed.data!);
    console.log(
      `created ${account.username} (${account.role}, ${account.scope.kind} ${account.scope.id})`,
    );
  } else {
    const account = accounts.accounts.findByUsername(username) ?? fail(`no account ${username}`);
    if (command === 'set-password') {
      const password = await passwordFromStdin();
      if (password.length < 12 || password.length > 256)
        fail('the password takes 12 to 256 characters');
      await accounts.accounts.setPassword(account.id, password);
    } else if (command === 'disable' || command === 'enable') {
      accounts.accounts.setDisabled(account.id, command === 'disable');
    } else if (command === 'unlock') {
      const forgotten = accounts.unlock(account.username);
      console.log(`${forgotten} failed sign-in(s) forgotten`);
    } else {
      fail(`unknown command ${command}\n${usage}`);
    }
    console.log(`${command}: ${account.username}`);
  }
} catch (error) {
  if (error instanceof UsernameTakenError) fail(error.message);
  throw error;
} finally {
  accounts.close();
}
