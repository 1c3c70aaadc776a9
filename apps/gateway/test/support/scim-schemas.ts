import { REPO_ROOT } from '@careers/testing';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface OpenApiDocument {
  components: { schemas: Record<string, object> };
}

/**
 * Checks a body against a SCIM component of the committed docs/openapi.json (what a client generates from), so the
 * document cannot drift from what the SCIM routes answer. Gives the schema's complaints; none when it conforms.
 */
export function scimSchemaErrors(): (component: string, body: unknown) => string[] {
  const document = JSON.parse(readFileSync(join(REPO_ROOT, 'docs/openapi.json'), 'utf8')) as OpenApiDocument;
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addKeyword('example');
  const scim = Object.fromEntries(
    Object.entries(document.components.schemas).filter(([name]) => name.startsWith('Scim')),
  );
  // JSON Schema keeps named schemas in $defs: the document's references, moved there.
  const defs = JSON.parse(JSON.stringify(scim).replaceAll('#/components/schemas/', '#/$defs/')) as object;
  ajv.addSchema({ $id: 'openapi', $defs: defs });
  return (component, body) => {
    const validate = ajv.compile({ $ref: `openapi#/$defs/${component}` });
    return validate(body)
      ? []
      : (validate.errors ?? []).map((error) => `${component}${error.instancePath} ${error.message}`);
  };
}
