/**
 * Central HTTP contract v1: zod schemas and inferred types of every request
 * and response between a terminal and the cooperative's core system.
 */
export * from './zod';
export * from './common';
export * from './errors';
export * from './auth';
export * from './members';
export * from './statement';
export * from './catalog';
export * from './certificates';
export * from './sync';
export * from './terminal';
export * from './documents';
export * from './staff';
export * from './routes';
