import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Events } from '../events';
import { ASYNCAPI_DOCUMENT_PATH, asyncApiYaml } from './asyncapi-document';
import { eventDataSchemas } from './event-data-schemas';

const committedPath = join(__dirname, '..', '..', '..', '..', ASYNCAPI_DOCUMENT_PATH);

describe('the AsyncAPI document of the events', () => {
  const committed = readFileSync(committedPath, 'utf8');

  it('is what the event classes generate now (else run `npm run contracts:asyncapi`)', () => {
    expect(committed).toBe(asyncApiYaml(eventDataSchemas()));
  });

  it('parses as a valid AsyncAPI 3.0 document with a channel for every subject', async () => {
    const { document, diagnostics } = await new Parser().parse(committed);

    expect(diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    const addresses = document
      ?.channels()
      .all()
      .map((channel) => channel.address());
    expect(addresses?.sort()).toEqual(Object.values(Events).sort());
    const received = document
      ?.operations()
      .all()
      .filter((operation) => operation.isReceive());
    expect(received).toHaveLength(Object.values(Events).length);
  });
});
