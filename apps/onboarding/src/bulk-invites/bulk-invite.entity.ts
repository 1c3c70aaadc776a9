import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import {
  BULK_INVITE_STATUSES,
  BulkInviteStatus,
  ContactFilter,
  InviteDemographics,
} from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

export interface BulkInviteSelection {
  contactIds?: string[];
  filter?: ContactFilter;
}

/**
 * An invitation of many employer contacts at once: a draft showing what each contact will get, then sent in the
 * background, one email per contact at most.
 */
@Entity({ tableName: 'bulk_invite' })
@Index({ name: 'bulk_invite_newest_first_index', properties: ['institutionId', 'createdAt', 'id'] })
export class BulkInvite extends BaseEntity {
  @Property({ type: 'uuid' })
  institutionId: string;

  @Enum({ items: () => BULK_INVITE_STATUSES, type: 'text' })
  status: BulkInviteStatus = 'draft';

  /** What was chosen, as asked: the ids, or the filter. */
  @Property({ type: 'jsonb' })
  selection: BulkInviteSelection;

  @Property({ type: 'jsonb' })
  demographics: InviteDemographics;

  /** Emails handed to the mail queue so far. */
  @Property({ type: 'integer' })
  emailed = 0;

  @Property({ type: 'uuid' })
  createdBy: string;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  sentBy: string | null = null;

  /** The `Idempotency-Key` of the send call, so that a repeated call answers as the first. */
  @Property({ type: 'text', nullable: true })
  sendKey: string | null = null;

  constructor(
    institutionId: string,
    selection: BulkInviteSelection,
    demographics: InviteDemographics,
    createdBy: string,
  ) {
    super();
    this.institutionId = institutionId;
    this.selection = selection;
    this.demographics = demographics;
    this.createdBy = createdBy;
  }
}
