import { Entity, Property, Unique } from '@mikro-orm/core';
import type { LabelReply } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';

/** One of an institution's own labels for its contacts; names are unique within the institution, any case. */
@Entity({ tableName: 'label' })
@Unique({ properties: ['institutionId', 'nameKey'] })
export class Label extends BaseEntity {
  @Property({ type: 'uuid' })
  institutionId: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  nameKey!: string;

  constructor(institutionId: string, name: string) {
    super();
    this.institutionId = institutionId;
    this.rename(name);
  }

  rename(name: string): void {
    this.name = name.trim().replace(/\s+/g, ' ');
    this.nameKey = labelNameKey(name);
  }

  toReply(): LabelReply {
    return { id: this.id, name: this.name };
  }
}

export function labelNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
