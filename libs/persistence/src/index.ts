export * from './base.entity';
export * from './orm-options';
export * from './run-migrations';
export * from './persistence.module';
export * from './migrate-command';
export * from './work-loop';
export * from './execute-bound';
export * from './like-pattern';
