import { argon2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, owaspArgon2id, verifyPassword } from './passwordHash.ts';

// Cheap parameters keep the suite fast; the OWASP ones are exercised once below.
const fast = { memoryKiB: 64, passes: 1, parallelism: 1 };

describe('hashPassword', () => {
  it('writes an argon2id PHC string with the OWASP parameters by default', async () => {
    const phc = await hashPassword('correct horse battery staple');
    expect(phc).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    );
    expect(phc).not.toContain('correct horse');
  });

  it('salts every hash afresh', async () => {
    const [first, second] = await Promise.all([
      hashPassword('same password', fast),
      hashPassword('same password', fast),
    ]);
    expect(first).not.toBe(second);
  });
});

describe('verifyPassword', () => {
  it('accepts the password the hash was made from', async () => {
    expect(await verifyPassword(await hashPassword('s3cret-enough', fast), 's3cret-enough')).toBe(
      true,
    );
  });

  it('rejects any other password', async () => {
    const phc = await hashPassword('s3cret-enough', fast);
    expect(await verifyPassword(phc, 's3cret-enougH')).toBe(false);
    expect(await verifyPassword(phc, '')).toBe(false);
  });

  it('reads hashes made by the argon2 reference implementation', async () => {
    // phc-winner-argon2 src/test.c: argon2id, v=19, t=2, m=2^16, p=1, "password", "somesalt".
    const reference =
      '$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc';
    expect(await verifyPassword(reference, 'password')).toBe(true);
    expect(await verifyPassword(reference, 'passwort')).toBe(false);
  });

  it('matches the same password typed with a full-width input method', async () => {
    const phc = await hashPassword('abc123XYZ', fast);
    expect(await verifyPassword(phc, 'ａｂｃ１２３ＸＹＺ')).toBe(true);
  });

  it('rejects instead of throwing when the stored hash is not one it can run', async () => {
    for (const stored of [
      '',
      'plain text',
      '$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc',
      '$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc',
    ]) {
      expect(await verifyPassword(stored, 'password')).toBe(false);
    }
  });
});

describe('the argon2 primitive', () => {
  it('is argon2id as in RFC 9106 section 5.3', () => {
    const tag = argon2Sync('argon2id', {
      message: Buffer.alloc(32, 0x01),
      nonce: Buffer.alloc(16, 0x02),
      secret: Buffer.alloc(8, 0x03),
      associatedData: Buffer.alloc(12, 0x04),
      parallelism: 4,
      memory: 32,
      passes: 3,
      tagLength: 32,
    });
    expect(tag.toString('hex')).toBe(
      '0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659',
    );
  });
});

describe('needsRehash', () => {
  it('is false for a hash made with the current parameters', async () => {
    expect(needsRehash(await hashPassword('whatever it is', fast), fast)).toBe(false);
  });

  it('is true for weaker parameters or an unreadable hash', async () => {
    expect(needsRehash(await hashPassword('whatever it is', fast), owaspArgon2id)).toBe(true);
    expect(needsRehash('not a hash')).toBe(true);
  });
});
