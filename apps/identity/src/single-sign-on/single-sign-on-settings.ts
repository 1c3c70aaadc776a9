import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import {
  hasPermission,
  SingleSignOnSchoolsReply,
  SingleSignOnSettingsReply,
  UpdateSingleSignOnCommand,
} from '@careers/contracts';
import { InstitutionDirectory } from '../institutions/institution-directory';
import { InstitutionReplica } from '../institutions/institution-replica.entity';
import { Membership } from '../memberships/membership.entity';
import { User } from '../users/user.entity';
import { ClientSecretRequired, NotAllowedToConfigure } from './single-sign-on-errors';
import { SingleSignOnProvider } from './single-sign-on-provider.entity';
import { SecretBox } from './secret-box';
import { SINGLE_SIGN_ON_REDIRECT_URI } from './single-sign-on-options';

/** How many schools the sign-in page lists at most. */
export const SINGLE_SIGN_ON_SCHOOLS_MAX = 500;

/** Administrators read and set their school's provider; the sign-in page lists the schools that use one. */
@Injectable()
export class SingleSignOnSettings {
  constructor(
    private readonly secrets: SecretBox,
    private readonly institutions: InstitutionDirectory,
    @Inject(SINGLE_SIGN_ON_REDIRECT_URI) private readonly redirectUri: string,
  ) {}

  async get(em: EntityManager, institutionId: string): Promise<SingleSignOnSettingsReply> {
    return this.reply(institutionId, await em.findOne(SingleSignOnProvider, { institutionId }));
  }

  async update(em: EntityManager, command: UpdateSingleSignOnCommand): Promise<SingleSignOnSettingsReply> {
    await this.checkActor(em, command);
    await this.institutions.get(em, command.institutionId);
    const { institutionId, clientSecret, issuer, clientId, identifierClaim, enabled, actorId } = command;
    const stored = await em.findOne(
      SingleSignOnProvider,
      { institutionId },
      { populate: ['sealedClientSecret'] },
    );
    const sealedClientSecret = clientSecret
      ? this.secrets.seal(clientSecret, institutionId)
      : stored?.sealedClientSecret;
    if (!sealedClientSecret) throw new ClientSecretRequired();
    const fields = { issuer, clientId, sealedClientSecret, identifierClaim, enabled, updatedBy: actorId };
    const provider = stored ? Object.assign(stored, fields) : new SingleSignOnProvider(institutionId, fields);
    em.persist(provider);
    await em.flush();
    return this.reply(institutionId, provider);
  }

  async schools(em: EntityManager): Promise<SingleSignOnSchoolsReply> {
    const providers = await em.find(SingleSignOnProvider, { enabled: true }, { fields: ['institutionId'] });
    const schools = await em.find(
      InstitutionReplica,
      { id: { $in: providers.map((provider) => provider.institutionId) } },
      { orderBy: { name: 'asc', id: 'asc' }, limit: SINGLE_SIGN_ON_SCHOOLS_MAX },
    );
    return { items: schools.map((school) => ({ institutionId: school.id, name: school.name })) };
  }

  /** The actor's roles as they are now, not as the token says: settings are changed by administrators only. */
  private async checkActor(em: EntityManager, command: UpdateSingleSignOnCommand): Promise<void> {
    const actor = await em.findOne(User, { id: command.actorId }, { fields: ['userType', 'status'] });
    if (!actor || actor.status !== 'active') throw new NotAllowedToConfigure();
    if (actor.userType === 'platform_admin') return;
    const membership = await em.findOne(Membership, {
      user: command.actorId,
      institutionId: command.institutionId,
      status: 'active',
    });
    if (!membership || !hasPermission(membership.roles, 'settings:write')) throw new NotAllowedToConfigure();
  }

  private reply(institutionId: string, provider: SingleSignOnProvider | null): SingleSignOnSettingsReply {
    return {
      institutionId,
      configured: provider !== null,
      issuer: provider?.issuer ?? null,
      clientId: provider?.clientId ?? null,
      clientSecretSet: provider !== null,
      identifierClaim: provider?.identifierClaim ?? null,
      enabled: provider?.enabled ?? false,
      redirectUri: this.redirectUri,
      updatedAt: provider?.updatedAt.toISOString() ?? null,
    };
  }
}
