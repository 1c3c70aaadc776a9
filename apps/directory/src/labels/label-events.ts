import type { EntityManager } from '@mikro-orm/core';
import { Events } from '@careers/contracts';
import { recordEvent } from '@careers/messaging';
import type { Label } from './label.entity';

export function recordLabelCreated(em: EntityManager, label: Label): void {
  recordEvent(em, Events.labelCreated, {
    labelId: label.id,
    institutionId: label.institutionId,
    name: label.name,
  });
}

export function recordLabelRenamed(em: EntityManager, label: Label, previousName: string): void {
  recordEvent(em, Events.labelRenamed, {
    labelId: label.id,
    institutionId: label.institutionId,
    previousName,
    name: label.name,
  });
}

/** One event for the label, however many contacts had it: they all lose it in the same change. */
export function recordLabelDeleted(em: EntityManager, label: Label): void {
  recordEvent(em, Events.labelDeleted, {
    labelId: label.id,
    institutionId: label.institutionId,
    name: label.name,
  });
}
