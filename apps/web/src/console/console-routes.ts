import type { ConsolePage } from './console-page';
import { ImportPage } from '../importer/import-page';
import { ImportsPage } from '../importer/imports-page';
import { NewImportPage } from '../importer/new-import-page';

/** The console's pages by path under `/schools/:institutionId/` (the sections in app/console-nav.ts and their sub-pages). */
export const CONSOLE_ROUTES: { path: string; Page: ConsolePage }[] = [
  { path: 'imports', Page: ImportsPage },
  { path: 'imports/new', Page: NewImportPage },
  { path: 'imports/:importId', Page: ImportPage },
];
