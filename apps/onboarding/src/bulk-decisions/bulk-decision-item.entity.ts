import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { BULK_DECISION_OUTCOMES, BulkDecisionOutcome, BulkDecisionResult } from '@careers/contracts';

/** One join request of a bulk decision: `pending` until the background work decides it, or refuses and says why. */
@Entity({ tableName: 'bulk_decision_item' })
export class BulkDecisionItem {
  @PrimaryKey({ type: 'uuid' })
  bulkDecisionId: string;

  @PrimaryKey({ type: 'uuid' })
  requestId: string;

  /** Where the request was named in the list. */
  @Property({ type: 'integer' })
  position: number;

  @Enum({ items: () => BULK_DECISION_OUTCOMES, type: 'text' })
  outcome: BulkDecisionOutcome = 'pending';

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  constructor(bulkDecisionId: string, requestId: string, position: number) {
    this.bulkDecisionId = bulkDecisionId;
    this.requestId = requestId;
    this.position = position;
  }

  settle(result: Pick<BulkDecisionResult, 'outcome' | 'reason'>): void {
    this.outcome = result.outcome;
    this.reason = result.reason;
    this.decidedAt = new Date();
  }

  toResult(): BulkDecisionResult {
    return { requestId: this.requestId, outcome: this.outcome, reason: this.reason };
  }
}
