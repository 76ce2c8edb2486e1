import { createHash } from 'node:crypto';

/**
 * The UUID namespace of sector ids (RFC 9562 name-based UUIDs). Fixed forever: changing it
 * would change every persisted sector id.
 */
export const SECTOR_ID_NAMESPACE = '09234bb0-2931-41a4-8675-43c6ae30d16d';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A version-5 (SHA-1, name-based) UUID of `name` in `namespace`, as in RFC 9562 §5.5:
 * lower-case `xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx`. The name is hashed as UTF-8.
 * @throws TypeError when `namespace` is not a UUID.
 */
export function uuidV5(name: string, namespace: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new TypeError(`uuidV5: namespace is not a UUID: ${namespace}`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The stable id of a sector: a v5 UUID of (scope, seed, sector number) in
 * {@link SECTOR_ID_NAMESPACE}. The same triple always gives the same id, so a galaxy that is
 * generated again from its seed gets the ids that were persisted the first time, and `scope`
 * (e.g. `nexus`, `region:<regionId>`) keeps two galaxies built from the same seed apart.
 * @throws RangeError when `sectorNumber` is not a positive integer.
 */
export function sectorId(scope: string, seed: string, sectorNumber: number): string {
  if (!Number.isInteger(sectorNumber) || sectorNumber < 1)
    throw new RangeError(`sectorId: sector number must be a positive integer, got ${sectorNumber}`);
  return uuidV5(JSON.stringify([scope, seed, sectorNumber]), SECTOR_ID_NAMESPACE);
}
