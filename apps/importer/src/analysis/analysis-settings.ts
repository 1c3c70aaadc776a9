import { DirectorySubjects } from '@careers/contracts';
import { NotFoundError, notFoundAs, ServiceClient } from '@careers/messaging';
import type { AnalysisSettings } from './header-analysis';

/** The institution's settings the analyzers read; an institution that does not exist is not found. */
export async function analysisSettings(
  services: ServiceClient,
  institutionId: string,
): Promise<AnalysisSettings> {
  const settings = await notFoundAs(
    services.request(DirectorySubjects.getSettings, { institutionId }),
    () => new NotFoundError('institution_not_found', `No institution ${institutionId}.`),
  );
  return { usesSingleSignOn: settings.usesSingleSignOn };
}
