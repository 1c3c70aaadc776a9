import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { BULK_DECISION_KINDS, BulkDecisionKind } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

/**
 * Staff approving or declining many join requests at once: stored with its requests before it is acknowledged, then
 * decided in the background one request at a time, so that a crash or a restart loses none and decides none twice.
 */
@Entity({ tableName: 'bulk_decision' })
@Index({ properties: ['institutionId', 'createdAt'] })
export class BulkDecision extends BaseEntity {
  @Property({ type: 'uuid' })
  institutionId: string;

  @Enum({ items: () => BULK_DECISION_KINDS, type: 'text' })
  decision: BulkDecisionKind;

  /** Kept with each decline. */
  @Property({ type: 'text', nullable: true })
  reason: string | null;

  @Property({ type: 'uuid' })
  createdBy: string;

  @Property({ type: 'integer' })
  total: number;

  /** The `Idempotency-Key` of the call that started it, so that a repeated call answers with this one. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey: string | null;

  constructor(
    fields: Pick<
      BulkDecision,
      'institutionId' | 'decision' | 'reason' | 'createdBy' | 'total' | 'idempotencyKey'
    >,
  ) {
    super();
    this.institutionId = fields.institutionId;
    this.decision = fields.decision;
    this.reason = fields.reason;
    this.createdBy = fields.createdBy;
    this.total = fields.total;
    this.idempotencyKey = fields.idempotencyKey;
  }
}
