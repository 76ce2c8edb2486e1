/**
 * @sectorwars/platform — what every service shares, nothing game-specific:
 * configuration, logging, errors, database, auth, metrics, subgraph bootstrap, pagination.
 */
import 'reflect-metadata';

export * from './auth';
export * from './config';
export * from './db';
export * from './errors';
export * from './federation';
export * from './http';
export * from './ids';
export * from './logger';
export * from './metrics';
export * from './pagination';
export * from './process';
export * from './region-confinement';
export * from './subgraph';
