export * from './apps';
export * from './build';
export * from './repo';
export * from './run';
export * from './signals';
