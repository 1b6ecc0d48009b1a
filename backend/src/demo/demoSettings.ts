import { newPasswordSchema } from '../accounts/accountStore.ts';
import { defaultDemoPassword } from './demoAccounts.ts';
import { parseDemoSize, type DemoSizeInput } from './demoSizes.ts';

// What `npm start` reads about the demo district:
//   GRIDLINE_DEMO=off             start with an empty store instead
//   GRIDLINE_DEMO_SIZE=small      small | default | a number of cases (default: default)
//   GRIDLINE_DEMO_SEED=7          any whole number (default: 2026)
//   GRIDLINE_DEMO_PASSWORD=…      the demo sign-ins' password, 12 characters or more

export interface DemoSettings {
  readonly enabled: boolean;
  readonly size: DemoSizeInput;
  readonly seed: number;
  readonly password: string;
  /** False when the password came from the environment: then it is not printed. */
  readonly passwordIsDefault: boolean;
}

export class DemoSettingsError extends Error {
  override readonly name = 'DemoSettingsError';
}

export const defaultDemoSeed = 2026;

export const parseSeed = (text: string): number => {
  if (!/^-?\d{1,15}$/.test(text)) {
    throw new DemoSettingsError(`A demo seed is a whole number, not ${JSON.stringify(text)}`);
  }
  return Number(text);
};

export const checkDemoPassword = (password: string): string => {
  if (!newPasswordSchema.safeParse(password).success) {
    throw new DemoSettingsError('GRIDLINE_DEMO_PASSWORD must be 12 to 256 characters long');
  }
  return password;
};

const switchedOff = (value: string | undefined): boolean =>
  ['off', 'false', '0', 'no'].includes((value ?? '').trim().toLowerCase());

const parseSize = (text: string): DemoSizeInput => {
  try {
    return parseDemoSize(text);
  } catch (error) {
    throw new DemoSettingsError(`GRIDLINE_DEMO_SIZE: ${(error as Error).message}`);
  }
};

/** The demo settings; with GRIDLINE_DEMO=off the others are not even looked at. */
export const readDemoSettings = (env: NodeJS.ProcessEnv = process.env): DemoSettings => {
  const password = env['GRIDLINE_DEMO_PASSWORD'] || undefined;
  if (switchedOff(env['GRIDLINE_DEMO'])) {
    return {
      enabled: false,
      size: 'default',
      seed: defaultDemoSeed,
      password: defaultDemoPassword,
      passwordIsDefault: true,
    };
  }
  return {
    enabled: true,
    size: parseSize(env['GRIDLINE_DEMO_SIZE'] || 'default'),
    seed: env['GRIDLINE_DEMO_SEED'] ? parseSeed(env['GRIDLINE_DEMO_SEED']) : defaultDemoSeed,
    password: checkDemoPassword(password ?? defaultDemoPassword),
    passwordIsDefault: password === undefined,
  };
};
