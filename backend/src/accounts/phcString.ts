export interface Argon2idParameters {
  /** Memory cost in KiB. */
  readonly memoryKiB: number;
  readonly passes: number;
  readonly parallelism: number;
}

export interface Argon2idHash {
  readonly parameters: Argon2idParameters;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

// PHC strings use standard base64 without padding (the reference implementation's form),
// so hashes move between argon2 libraries and languages unchanged.
const unpadded = (bytes: Buffer): string => bytes.toString('base64').replace(/=+$/, '');

export const formatPhc = ({ parameters, salt, hash }: Argon2idHash): string =>
  `$argon2id$v=19$m=${parameters.memoryKiB},t=${parameters.passes},p=${parameters.parallelism}` +
  `$${unpadded(salt)}$${unpadded(hash)}`;

const phcPattern =
  /^\$argon2id\$v=19\$m=(\d{1,10}),t=(\d{1,3}),p=(\d{1,3})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

// A tampered or corrupt row must not make one login allocate gigabytes or spin for minutes.
const limits = { maxMemoryKiB: 4 * 1024 * 1024, maxPasses: 64, maxParallelism: 64 };

/** The stored hash, or undefined when the text is not an argon2id PHC string we would run. */
export const parsePhc = (text: string): Argon2idHash | undefined => {
  const match = phcPattern.exec(text);
  if (!match) return undefined;
  const [, m, t, p, salt, hash] = match;
  const parameters = { memoryKiB: Number(m), passes: Number(t), parallelism: Number(p) };
  const saltBytes = Buffer.from(salt ?? '', 'base64');
  const hashBytes = Buffer.from(hash ?? '', 'base64');
  const sane =
    parameters.parallelism >= 1 &&
    parameters.parallelism <= limits.maxParallelism &&
    parameters.passes >= 1 &&
    parameters.passes <= limits.maxPasses &&
    parameters.memoryKiB >= 8 * parameters.parallelism &&
    parameters.memoryKiB <= limits.maxMemoryKiB &&
    saltBytes.length >= 8 &&
    hashBytes.length >= 4;
  return sane ? { parameters, salt: saltBytes, hash: hashBytes } : undefined;
};
