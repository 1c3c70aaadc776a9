export * from './repo-root';
export * from './test-database';
export * from './app-process';
export * from './http-client';
export * from './test-system';
export * from './wait-for';
export * from './factories';
export * from './smtp-catcher';
export * from './event-stream';
export * from './time-limit';
export * from './people';
export * from './address-book';
export * from './imports';
export * from './invite-audience-loader';
// For tests that need a NATS server of their own settings (credentials, TLS) and free ports for apps.
export { freePort, NatsServerProcess } from '@careers/local-infra';
export * from './openid-provider';
export * from './otlp-receiver';
