import { NotFoundError } from '@careers/messaging';

export class BulkDecisionNotFound extends NotFoundError {
  constructor(bulkDecisionId: string) {
    super('bulk_decision_not_found', `No bulk decision ${bulkDecisionId} at this institution.`);
  }
}
