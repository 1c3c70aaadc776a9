import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Events, InstitutionSettingsReply, UpdateInstitutionSettingsCommand } from '@careers/contracts';
import { recordEvent } from '@careers/messaging';
import { InstitutionNotFound } from '../institutions/institution-errors';
import { InstitutionSettings } from './institution-settings.entity';

@Injectable()
export class SettingsService {
  async get(em: EntityManager, institutionId: string): Promise<InstitutionSettings> {
    const settings = await em.findOne(InstitutionSettings, { institution: institutionId });
    if (!settings) throw new InstitutionNotFound(institutionId);
    return settings;
  }

  async update(
    em: EntityManager,
    command: UpdateInstitutionSettingsCommand,
  ): Promise<InstitutionSettingsReply> {
    const settings = await this.get(em, command.institutionId);
    if (command.employerApproval) {
      const { approval, permissions } = command.employerApproval;
      settings.employerApproval = { approval, permissions: [...new Set(permissions)] };
    }
    if (command.usesSingleSignOn !== undefined) settings.usesSingleSignOn = command.usesSingleSignOn;
    if (command.acceptsStudentRequests !== undefined)
      settings.acceptsStudentRequests = command.acceptsStudentRequests;
    settings.updatedBy = command.actorId;
    settings.updatedAt = new Date();
    const reply = settings.toReply();
    recordEvent(em, Events.institutionSettingsUpdated, reply);
    await em.flush();
    return reply;
  }
}
