/** `npm run contracts:problems`: rewrites docs/problems.md from the problem registry in libs/contracts. */
import { writeFileSync } from 'node:fs';
import { PROBLEMS_DOC_PATH, renderProblemsDoc } from '../../libs/contracts/src/problems-doc';
import { enterRepoRoot, say } from '../shared/repo';

enterRepoRoot();
writeFileSync(PROBLEMS_DOC_PATH, renderProblemsDoc());
say('contracts', `wrote ${PROBLEMS_DOC_PATH}`);
