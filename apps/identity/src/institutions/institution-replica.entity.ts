import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Identity's own copy of an institution, kept from directory's events, so memberships can refer to it. */
@Entity({ tableName: 'institution_replica' })
export class InstitutionReplica {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'text' })
  name: string;

  /** When the copy was last changed by an event. */
  @Property({ type: 'timestamptz' })
  syncedAt: Date = new Date();

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }
}
