import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CreateLabelCommand, LabelListReply, LabelReply, RenameLabelCommand } from '@careers/contracts';
import { onUniqueViolation } from '@careers/persistence';
import { InstitutionGuard } from '../institutions/institution-guard';
import { Label, labelNameKey } from './label.entity';
import { LabelNameTaken, LabelNotFound, UnknownLabels } from './label-errors';

/** An institution's label list. */
@Injectable()
export class LabelsService {
  constructor(private readonly institutions: InstitutionGuard) {}

  async list(em: EntityManager, institutionId: string): Promise<LabelListReply> {
    await this.institutions.mustExist(em, institutionId);
    const labels = await em.find(Label, { institutionId }, { orderBy: { nameKey: 'asc' } });
    return { items: labels.map((label) => label.toReply()) };
  }

  async create(em: EntityManager, command: CreateLabelCommand): Promise<LabelReply> {
    await this.institutions.mustExist(em, command.institutionId);
    await this.refuseTakenName(em, command.institutionId, command.name);
    const label = new Label(command.institutionId, command.name);
    await this.saveName(em.persist(label), label);
    return label.toReply();
  }

  async rename(em: EntityManager, command: RenameLabelCommand): Promise<LabelReply> {
    const label = await this.get(em, command.institutionId, command.labelId);
    await this.refuseTakenName(em, command.institutionId, command.name, label.id);
    label.rename(command.name);
    await this.saveName(em, label);
    return label.toReply();
  }

  /** Deleting a label takes it off every contact that has it. */
  async delete(em: EntityManager, institutionId: string, labelId: string): Promise<void> {
    const label = await this.get(em, institutionId, labelId);
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
