/** @sectorwars/regions — being built (issue 4). */
export {};
