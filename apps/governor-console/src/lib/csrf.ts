/** Name of the header every console request to its own API carries (see `fromConsole` in session.ts). */
export const CSRF_HEADER_NAME = 'x-sectorwars-console';
