import { REPO_ROOT } from '@careers/testing';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface AsyncApiDocument {
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  components: { messages: Record<string, { payload: object }> };
}

/**
 * A validator of the envelope for each subject, compiled from the message payloads of the committed
 * docs/asyncapi.yaml (what a subscriber reads), not from the classes: the document itself is under test.
 */
export function messageValidators(): Map<string, ValidateFunction> {
  const document = parse(readFileSync(join(REPO_ROOT, 'docs/asyncapi.yaml'), 'utf8')) as AsyncApiDocument;
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return new Map(
    Object.values(document.channels).flatMap((channel) =>
      Object.values(channel.messages).map((reference) => {
        const name = reference.$ref.replace('#/components/messages/', '');
        const message = document.components.messages[name];
        if (!message) throw new Error(`${channel.address} refers to a missing message ${reference.$ref}`);
        return [channel.address, ajv.compile(message.payload)] as const;
      }),
    ),
  );
}
