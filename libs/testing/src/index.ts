export * from './repo-root';
export * from './test-database';
export * from './app-process';
export * from './http-client';
export * from './test-system';
export * from './wait-for';
export * from './factories';
export * from './smtp-catcher';
