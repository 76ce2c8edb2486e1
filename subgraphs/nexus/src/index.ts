/** @sectorwars/nexus — being built (issue 4). */
export {};
