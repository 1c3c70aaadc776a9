import { Entity, Property } from '@mikro-orm/core';
import type { ActivationEmailsReply } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

/**
 * Staff mailing the people a file loaded who never set a password, a link to set it: stored before it is
 * acknowledged, then gone through in the background a batch at a time in the order of the accounts' ids, so that a
 * restart goes on after the last batch done.
 */
@Entity({ tableName: 'activation_send' })
export class ActivationSend extends BaseEntity {
  @Property({ type: 'uuid' })
  institutionId: string;

  @Property({ type: 'uuid' })
  createdBy: string;

  /** The loaded people who had not set a password when it started. */
  @Property({ type: 'integer' })
  total: number;

  @Property({ type: 'integer' })
  sent = 0;

  @Property({ type: 'integer' })
  skipped = 0;

  /** The last account gone through: the next batch starts after it. */
  @Property({ type: 'uuid', nullable: true })
  afterUserId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  constructor(institutionId: string, createdBy: string, total: number) {
    super();
    this.institutionId = institutionId;
    this.createdBy = createdBy;
    this.total = total;
  }

  toReply(): ActivationEmailsReply {
    const done = this.sent + this.skipped;
    return {
      id: this.id,
      institutionId: this.institutionId,
      status: this.finishedAt ? 'done' : 'running',
      // People loaded since it started are gone through too.
      progress: { done, total: Math.max(this.total, done), sent: this.sent, skipped: this.skipped },
      createdBy: this.createdBy,
      createdAt: this.createdAt.toISOString(),
    };
  }
}
