import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A new ECDSA P-256 private key in PKCS#8 PEM: the access-token signing key. */
export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Reads the local signing key from `file`, creating it (mode 0600) on first start. */
export function localSigningKey(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(path.dirname(file), { recursive: true });
  const pem = generateSigningKeyPem();
  writeFileSync(file, pem, { mode: 0o600 });
  return pem;
}
