import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  CreateLabelCommand,
  LabelListReply,
  LabelReply,
  ListLabelsCommand,
  RenameLabelCommand,
} from '@careers/contracts';
import { withinPageBudget } from '@careers/messaging';
import { onUniqueViolation } from '@careers/persistence';
import { decodeCursor, encodeCursor } from '../contacts/contact-cursor';
import { InvalidCursor } from '../contacts/contact-errors';
import { InstitutionGuard } from '../institutions/institution-guard';
import { Label, labelNameKey } from './label.entity';
import { recordLabelCreated, recordLabelDeleted, recordLabelRenamed } from './label-events';
import { LabelNameTaken, LabelNotFound, UnknownLabels } from './label-errors';

const BY_NAME = 'name';

/** The most labels a page of the list reads (names are unique within an institution, so the order is total). */
const LABEL_PAGE_MAX = 1000;

/** An institution's label list. */
@Injectable()
export class LabelsService {
  constructor(private readonly institutions: InstitutionGuard) {}

  /** By name, a page of as many labels as fit in one reply, after the cursor's label. */
  async list(em: EntityManager, query: ListLabelsCommand): Promise<LabelListReply> {
    await this.institutions.mustExist(em, query.institutionId);
    const where: FilterQuery<Label> = { institutionId: query.institutionId };
    if (query.cursor) {
      const { after } = decodeCursor(query.cursor, BY_NAME);
      const anchor = await em.findOne(Label, { id: after, institutionId: query.institutionId });
      if (!anchor) throw new InvalidCursor('cursor points at no label of this institution');
      where.nameKey = { $gt: anchor.nameKey };
    }
    const labels = await em.find(Label, where, { orderBy: { nameKey: 'asc' }, limit: LABEL_PAGE_MAX + 1 });
    const items = withinPageBudget(labels.slice(0, LABEL_PAGE_MAX).map((label) => label.toReply()));
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        labels.length > items.length && last ? encodeCursor({ sort: BY_NAME, after: last.id }) : null,
    };
  }

  async create(em: EntityManager, command: CreateLabelCommand): Promise<LabelReply> {
    await this.institutions.mustExist(em, command.institutionId);
    await this.refuseTakenName(em, command.institutionId, command.name);
    const label = new Label(command.institutionId, command.name);
    recordLabelCreated(em.persist(label), label);
    await this.saveName(em, label);
    return label.toReply();
  }

  async rename(em: EntityManager, command: RenameLabelCommand): Promise<LabelReply> {
    const label = await this.get(em, command.institutionId, command.labelId);
    await this.refuseTakenName(em, command.institutionId, command.name, label.id);
    const previousName = label.name;
    label.rename(command.name);
    if (label.name === previousName) return label.toReply();
    recordLabelRenamed(em, label, previousName);
    await this.saveName(em, label);
    return label.toReply();
  }

  /** Deleting a label takes it off every contact that has it, announced once for all of them. */
  async delete(em: EntityManager, institutionId: string, labelId: string): Promise<void> {
    const label = await this.get(em, institutionId, labelId);
    recordLabelDeleted(em, label);
    await em.remove(label).flush();
  }

  async get(em: EntityManager, institutionId: string, labelId: string): Promise<Label> {
    const label = await em.findOne(Label, { id: labelId, institutionId });
    if (!label) throw new LabelNotFound(labelId);
    return label;
  }

  /** The institution's labels with these ids; any other id is refused, naming the field. */
  async ownLabels(
    em: EntityManager,
    institutionId: string,
    labelIds: string[],
    field: string,
  ): Promise<Label[]> {
    if (labelIds.length === 0) return [];
    const labels = await em.find(Label, { id: { $in: labelIds }, institutionId });
    const found = new Set(labels.map((label) => label.id));
    const unknown = labelIds.filter((id) => !found.has(id));
    if (unknown.length > 0) throw new UnknownLabels(field, unknown);
    return labels;
  }

  /** Two requests giving one name at once: the unique index decides, and the loser gets the same 409. */
  private saveName(em: EntityManager, label: Label): Promise<void> {
    return onUniqueViolation(
      () => em.flush(),
      () => this.refuseTakenName(em.fork(), label.institutionId, label.name, label.id),
    );
  }

  private async refuseTakenName(em: EntityManager, institutionId: string, name: string, self?: string) {
    const existing = await em.findOne(Label, { institutionId, nameKey: labelNameKey(name) });
    if (existing && existing.id !== self) throw new LabelNameTaken(existing.name, existing.id);
  }
}
