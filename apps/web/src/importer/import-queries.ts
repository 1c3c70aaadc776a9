import { useQuery } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import type { Import } from './import-words';

/** How often an import is read again while the analyzers or the run are at work. */
const WHILE_BUSY_MS = 1000;

/** Whether the importer is still at work on the import (the page follows it until it is not). */
export function isBusy(status: Import['status'] | undefined): boolean {
  return status === 'analyzing' || status === 'running';
}

/** The key of everything the API says about one import (its findings, plan and results under it). */
export function importKey(institutionId: string, importId: string) {
  return ['imports', institutionId, importId] as const;
}

/** One import, read again every second while it is being analysed or run. */
export function useImport(institutionId: string, importId: string) {
  return useQuery({
    queryKey: importKey(institutionId, importId),
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/imports/{importId}', {
          params: { path: { institutionId, importId } },
        }),
      ),
    refetchInterval: (query) => (isBusy(query.state.data?.status) ? WHILE_BUSY_MS : false),
  });
}
