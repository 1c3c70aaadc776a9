// How a process traces, apart from the index: an app imports it before anything else, so that OpenTelemetry
// instruments http, pg and pino as they are first loaded (the index loads pino).
export * from './tracing/start-tracing';
export * from './tracing/tracing.module';
