import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A service's copy of a user's name, from identity's events, for replies that say who did something. Events may
 * arrive in any order, so the name keeps the time of the event that told it and only a newer one replaces it; a
 * deleted account's name is forgotten and never told again.
 */
@Entity({ tableName: 'user_name' })
export class UserName {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Property({ type: 'timestamptz' })
  nameAt: Date = new Date(0);

  @Property({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null = null;

  constructor(id: string) {
    this.id = id;
  }
}
