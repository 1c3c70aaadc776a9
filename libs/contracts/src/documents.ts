// The documents generated from the contracts (AsyncAPI, the event schemas' snapshot, the problem types' page), for
// the workspace's scripts: apart from the index, since they need build-time packages (yaml, the schema generator).
export * from './catalog/asyncapi-document';
export * from './catalog/event-data-schemas';
export * from './catalog/event-schema-snapshot';
export * from './catalog/schema-compatibility';
export * from './problems-doc';
