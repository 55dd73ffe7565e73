/** Finance for the simulators: pure, integer pesos, one rounding rule (rounding.ts). */
export * from './business-days';
export * from './cdat';
export * from './loan';
export * from './rates';
export * from './rounding';
export * from './validate';
