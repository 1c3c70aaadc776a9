/** `npm run contracts:problems`: rewrites docs/problems.md from the problem registry in libs/contracts. */
import { writeFileSync } from 'node:fs';
import { PROBLEMS_DOC_PATH, renderProblemsDoc } from '@careers/contracts/documents';
import { enterRepoRoot, say } from '@careers/workspace-scripts';

enterRepoRoot();
writeFileSync(PROBLEMS_DOC_PATH, renderProblemsDoc());
say('contracts', `wrote ${PROBLEMS_DOC_PATH}`);
