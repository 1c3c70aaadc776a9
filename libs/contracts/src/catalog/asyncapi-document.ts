import { stringify } from 'yaml';
import { eventVersion } from '../event-version';
import { Events, EVENTS_STREAM, EVENTS_STREAM_SUBJECTS, type EventSubject } from '../events';
import type { JsonSchema } from './json-schema';

/** Where the document is committed, from the repository root; `npm run contracts:asyncapi` writes it. */
export const ASYNCAPI_DOCUMENT_PATH = 'docs/asyncapi.yaml';

type EventName = keyof typeof Events;

const DESCRIPTION = `Every durable event of the system. Each is published once to the JetStream stream \`${EVENTS_STREAM}\`
(subjects \`${EVENTS_STREAM_SUBJECTS}\`, file storage, kept 30 days, duplicate window 10 minutes) through the
publishing service's outbox, as a JSON envelope \`{ id, type, occurredAt, version, data }\` with the header
\`Nats-Msg-Id\` = \`id\`. A subscriber reads the stream with a durable JetStream consumer filtered on the subjects it
wants, and remembers the event ids it applied: delivery is at least once.

Versions: adding an optional property keeps an event's subject and version; any other change publishes the event on a
new subject ending in \`.v<N>\` (envelope \`version\` N) beside the old one for a deprecation period
(docs/architecture.md, "Event versions"). Read tolerantly: a property you do not know may appear in a later release.

Generated from the TypeScript classes in libs/contracts by \`npm run contracts:asyncapi\`; do not edit by hand.`;

/** The envelope every event travels in, around the schema of its own data. */
function envelopeSchema(subject: EventSubject, data: JsonSchema): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'occurredAt', 'version', 'data'],
    properties: {
      id: { type: 'string', format: 'uuid', description: 'The event id, also the `Nats-Msg-Id` header.' },
      type: { type: 'string', const: subject, description: 'The subject the event is published on.' },
      occurredAt: { type: 'string', format: 'date-time', description: 'When the change was made.' },
      version: { type: 'integer', const: eventVersion(subject), description: 'The version of `data`.' },
      data,
    },
  };
}

const capitalized = (name: string): string => name[0].toUpperCase() + name.slice(1);

/**
 * The AsyncAPI 3.0 document of every subject in `Events`, from the subscriber's side: one channel per subject (its
 * address), one `receive` operation each, and one message whose payload is the envelope around that event's data
 * schema. Built in the order of `Events`, so the same classes always give the same document.
 */
export function asyncApiDocument(dataSchemas: Record<EventSubject, JsonSchema>): Record<string, unknown> {
  const events = Object.entries(Events) as Array<[EventName, EventSubject]>;
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Careers events',
      version: '1.0.0',
      description: DESCRIPTION,
    },
    defaultContentType: 'application/json',
    servers: {
      nats: {
        host: 'localhost:4222',
        protocol: 'nats',
        description: `The deployment's NATS server (\`NATS_URL\`; the local stack's is shown) with JetStream on; events are in the stream \`${EVENTS_STREAM}\`.`,
      },
    },
    channels: Object.fromEntries(
      events.map(([name, subject]) => [
        name,
        {
          address: subject,
          title: subject,
          description: `Stream \`${EVENTS_STREAM}\`, subject \`${subject}\`.`,
          servers: [{ $ref: '#/servers/nats' }],
          messages: { [name]: { $ref: `#/components/messages/${name}` } },
        },
      ]),
    ),
    operations: Object.fromEntries(
      events.map(([name, subject]) => [
        `receive${capitalized(name)}`,
        {
          action: 'receive',
          title: `Receive ${subject}`,
          channel: { $ref: `#/channels/${name}` },
          messages: [{ $ref: `#/channels/${name}/messages/${name}` }],
        },
      ]),
    ),
    components: {
      messages: Object.fromEntries(
        events.map(([name, subject]) => {
          const data = dataSchemas[subject];
          const summary = typeof data['description'] === 'string' ? { summary: data['description'] } : {};
          return [
            name,
            {
              name,
              title: subject,
              ...summary,
              contentType: 'application/json',
              headers: {
                type: 'object',
                required: ['Nats-Msg-Id'],
                properties: {
                  'Nats-Msg-Id': { type: 'string', description: 'The event id: JetStream drops a repeat.' },
                },
              },
              payload: envelopeSchema(subject, data),
            },
          ];
        }),
      ),
    },
  };
}

/** The document as it is committed: YAML without anchors or folded lines, so that a diff shows what changed. */
export function asyncApiYaml(dataSchemas: Record<EventSubject, JsonSchema>): string {
  return stringify(asyncApiDocument(dataSchemas), {
    aliasDuplicateObjects: false,
    lineWidth: 0,
    singleQuote: true,
  });
}
