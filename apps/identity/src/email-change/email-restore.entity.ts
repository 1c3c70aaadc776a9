import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '@careers/persistence';
import type { User } from '../users/user.entity';

/**
 * A confirmed email change the old address can still undo, with the stop link its notice carried (the digest moves
 * here from the change): whoever confirmed from the new address may not be the person.
 */
@Entity({ tableName: 'email_restore' })
@Index({ properties: ['expiresAt'] })
export class EmailRestore extends BaseEntity {
  @ManyToOne('User', { deleteRule: 'cascade', index: true })
  user: User;

  @Property({ type: 'text' })
  previousEmail: string;

  @Property({ type: 'text', unique: true, hidden: true })
  digest: string;

  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  constructor(user: User, previousEmail: string, digest: string, lifetimeMs: number) {
    super();
    this.user = user;
    this.previousEmail = previousEmail;
    this.digest = digest;
    this.expiresAt = new Date(Date.now() + lifetimeMs);
  }
}
