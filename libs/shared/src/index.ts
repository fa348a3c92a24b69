export * from './domain-enums';
export * from './input-limits';
export * from './error-codes';
export * from './socket-events';
