import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (memory-hard) with OWASP's baseline parameters: 19 MiB, 2 passes,
 * 1 lane. The parameters are stored in each hash, so raising them later keeps
 * old hashes verifiable.
 */
const options = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** @returns the PHC-format Argon2id hash of `password` */
export const hashPassword = (password: string) => hash(password, options);

/** @returns whether `password` matches the stored hash */
export const verifyPassword = (stored: string, password: string) => verify(stored, password);

/** A hash of a random password, verified against when the account does not exist so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => {
  dummyHash ??= hashPassword('not-a-real-password-0000');
  return dummyHash;
};
