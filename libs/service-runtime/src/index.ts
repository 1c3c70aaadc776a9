export * from './service.module';
export * from './service-main';
