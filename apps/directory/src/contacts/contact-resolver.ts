import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RESOLVE_BATCH_MAX, ResolveContactsCommand, ResolvedContactsReply } from '@careers/contracts';
import { InstitutionGuard } from '../institutions/institution-guard';
import { Contact } from './contact.entity';
import { applyContactFilter } from './contact-filter';

/**
 * For services that work through many contacts (bulk invites): the contacts with these ids, or every contact that
 * matches a filter, a batch at a time in id order. Ids of other institutions are simply not found.
 */
@Injectable()
export class ContactResolver {
  constructor(private readonly institutions: InstitutionGuard) {}

  async resolve(em: EntityManager, command: ResolveContactsCommand): Promise<ResolvedContactsReply> {
    await this.institutions.mustExist(em, command.institutionId);
    const limit = command.limit ?? RESOLVE_BATCH_MAX;
    const qb = em
      .createQueryBuilder(Contact, 'c')
      .select(['id', 'email', 'firstName', 'lastName', 'companyId', 'linkedUserId', 'archivedAt']);
    if (command.contactIds) {
      qb.where({ institutionId: command.institutionId, id: { $in: command.contactIds } });
    } else {
      applyContactFilter(qb, em.config.get('schema') as string, command.institutionId, command.filter ?? {});
    }
    if (command.after) qb.andWhere({ id: { $gt: command.after } });
    const rows = await qb
      .orderBy({ id: 'asc' })
      .limit(limit + 1)
      .execute('all');
    const items = rows.slice(0, limit).map((row) => ({
      id: row.id,
      email: row.email,
      firstName: row.firstName,
      lastName: row.lastName,
      companyId: row.companyId ?? null,
      linkedUserId: row.linkedUserId ?? null,
      archived: row.archivedAt !== null && row.archivedAt !== undefined,
    }));
    return { items, next: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
  }
}
