import type { ConsolePage } from './console-page';

/** The console's pages by path under `/schools/:institutionId/` (the sections in app/console-nav.ts and their sub-pages). */
export const CONSOLE_ROUTES: { path: string; Page: ConsolePage }[] = [];
