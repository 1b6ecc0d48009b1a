import { resolve } from 'node:path';
import { ConfigError } from './domain/configError.ts';

// Defined in domain/, which validates the deadline settings; re-exported for start-up.
export { ConfigError };

export interface Config {
  readonly port: number;
  readonly dataDir: string;
  /** When set, the log lives in EventStoreDB instead of the embedded SQLite file. */
  readonly eventStoreConnectionString: string | undefined;
  /** A JSON file with the working calendar and deadline policy (see deadlineSettings.ts). */
  readonly deadlinesFile: string | undefined;
  /** Express's `trust proxy`, for Secure cookies and client addresses behind a TLS proxy. */
  readonly trustProxy: string | undefined;
  /** Signs the embedded log's head; unset: the data directory's `log-signing.key`. */
  readonly logSigningKey: string | undefined;
  /** Wraps residents' data keys; unset: the data directory's `keys/master.key`. */
  readonly personalDataKey: string | undefined;
  /** GRIDLINE_AUTO_ESCALATE=on: the deadline process escalates overdue cases, up to the street. */
  readonly autoEscalate: boolean;
}

const parsePort = (text: string | undefined): number => {
  if (text === undefined || text === '') return 3000;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(text)}`);
  }
  return port;
};

// An HMAC key is only as strong as it is long: 32 bytes, like the key file's.
const parseSigningKey = (text: string | undefined): string | undefined => {
  if (text === undefined || text === '') return undefined;
  if (Buffer.byteLength(text) < 32) {
    throw new ConfigError('GRIDLINE_LOG_SIGNING_KEY must be 32 bytes or more');
  }
  return text;
};

const parsePersonalDataKey = (text: string | undefined): string | undefined => {
  if (text === undefined || text === '') return undefined;
  if (Buffer.byteLength(text) < 32) {
    throw new ConfigError('GRIDLINE_PERSONAL_DATA_KEY must be 32 bytes or more');
  }
  return text;
};

const parseOnOff = (name: string, text: string | undefined, otherwise: boolean): boolean => {
  if (text === undefined || text === '') return otherwise;
  if (text === 'on' || text === 'off') return text === 'on';
  throw new ConfigError(`${name} must be on or off, got ${JSON.stringify(text)}`);
};

export const readConfig = (env: NodeJS.ProcessEnv = process.env): Config => ({
  port: parsePort(env['PORT']),
  dataDir: resolve(env['GRIDLINE_DATA_DIR'] || './data'),
  eventStoreConnectionString: env['EVENTSTORE_CONNECTION_STRING'] || undefined,
  deadlinesFile: env['GRIDLINE_DEADLINES_FILE'] || undefined,
  trustProxy: env['GRIDLINE_TRUST_PROXY'] || undefined,
  logSigningKey: parseSigningKey(env['GRIDLINE_LOG_SIGNING_KEY']),
  personalDataKey: parsePersonalDataKey(env['GRIDLINE_PERSONAL_DATA_KEY']),
  autoEscalate: parseOnOff('GRIDLINE_AUTO_ESCALATE', env['GRIDLINE_AUTO_ESCALATE'], false),
});
