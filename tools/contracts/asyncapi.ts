/** `npm run contracts:asyncapi`: writes docs/asyncapi.yaml from the event classes in libs/contracts. */
import { writeFileSync } from 'node:fs';
import { ASYNCAPI_DOCUMENT_PATH, asyncApiYaml } from '../../libs/contracts/src/catalog/asyncapi-document';
import { eventDataSchemas } from '../../libs/contracts/src/catalog/event-data-schemas';
import { enterRepoRoot, say } from '../shared/repo';

enterRepoRoot();
writeFileSync(ASYNCAPI_DOCUMENT_PATH, asyncApiYaml(eventDataSchemas()));
say('contracts', `Wrote ${ASYNCAPI_DOCUMENT_PATH}.`);
