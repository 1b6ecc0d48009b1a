import { argon2, randomBytes, timingSafeEqual } from 'node:crypto';
import { formatPhc, parsePhc, type Argon2idParameters } from './phcString.ts';

/** OWASP Password Storage Cheat Sheet, argon2id: 19 MiB of memory, 2 passes, 1 lane. */
export const owaspArgon2id: Argon2idParameters = { memoryKiB: 19_456, passes: 2, parallelism: 1 };

const saltBytes = 16;
const tagBytes = 32;

// NFKC so a password typed with a Chinese IME in full-width mode (ａｂｃ１２３) matches the
// same password typed half-width; the hash is of the normalised text, on both sides.
const normalise = (password: string): string => password.normalize('NFKC');

const derive = (
  password: string,
  salt: Buffer,
  parameters: Argon2idParameters,
  tagLength: number,
): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    argon2(
      'argon2id',
      {
        message: normalise(password),
        nonce: salt,
        memory: parameters.memoryKiB,
        passes: parameters.passes,
        parallelism: parameters.parallelism,
        tagLength,
      },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });

/** A PHC string: `$argon2id$v=19$m=…,t=…,p=…$salt$hash`, with a fresh random salt. */
export const hashPassword = async (
  password: string,
  parameters: Argon2idParameters = owaspArgon2id,
): Promise<string> => {
  const salt = randomBytes(saltBytes);
  const hash = await derive(password, salt, parameters, tagBytes);
  return formatPhc({ parameters, salt, hash });
};

/** Recomputes with the stored salt and parameters; compares in constant time. */
export const verifyPassword = async (phc: string, password: string): Promise<boolean> => {
  const stored = parsePhc(phc);
  if (!stored) return false;
  const candidate = await derive(password, stored.salt, stored.parameters, stored.hash.length);
  return timingSafeEqual(candidate, stored.hash);
};

/** True when the hash was made with other parameters than the ones we use now. */
export const needsRehash = (phc: string, parameters: Argon2idParameters = owaspArgon2id) => {
  const stored = parsePhc(phc);
  return (
    !stored ||
    stored.parameters.memoryKiB !== parameters.memoryKiB ||
    stored.parameters.passes !== parameters.passes ||
    stored.parameters.parallelism !== parameters.parallelism
  );
};
