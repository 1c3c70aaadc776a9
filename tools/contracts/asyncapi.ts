/** `npm run contracts:asyncapi`: writes docs/asyncapi.yaml from the event classes in libs/contracts. */
import { writeFileSync } from 'node:fs';
import { ASYNCAPI_DOCUMENT_PATH, asyncApiYaml, eventDataSchemas } from '@careers/contracts/documents';
import { enterRepoRoot, say } from '@careers/workspace-scripts';

enterRepoRoot();
writeFileSync(ASYNCAPI_DOCUMENT_PATH, asyncApiYaml(eventDataSchemas()));
say('contracts', `Wrote ${ASYNCAPI_DOCUMENT_PATH}.`);
