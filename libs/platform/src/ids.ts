const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` is a UUID (any version). Ids from clients are checked with it before they
 * reach SQL typed `uuid` (a malformed one would be a database error, not "not found") or SQL
 * that inlines them.
 */
export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);
