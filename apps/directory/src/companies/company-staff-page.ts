import type { EntityManager } from '@mikro-orm/postgresql';
import type { CompanyStaffListReply, ListCompanyStaffCommand } from '@careers/contracts';
import {
  decodePageCursor,
  encodePageCursor,
  InvalidInputError,
  userNames,
  withinPageBudget,
} from '@careers/messaging';
import { UserReplica } from '../linking/user-replica.entity';
import type { Company } from './company.entity';
import { CompanyStaffMember } from './company-staff-member.entity';

const DEFAULT_LIMIT = 25;

/** The last member of a page: the next page starts after them in the order they joined. */
interface CompanyStaffCursor {
  afterUserId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A page of a company's staff in the order they joined (then by user, so that the order is total), after the
 * cursor's member. A page stops early when the next member would take the reply past the page budget; `nextCursor`
 * then goes on from the last member given.
 */
export async function companyStaffPage(
  em: EntityManager,
  company: Company,
  query: ListCompanyStaffCommand,
): Promise<CompanyStaffListReply> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const qb = em.createQueryBuilder(CompanyStaffMember, 's').select('*').where({ company: company.id });
  if (query.cursor) {
    const { afterUserId } = decodePageCursor(query.cursor, isCompanyStaffCursor);
    const known = await em.count(CompanyStaffMember, { userId: afterUserId, company: company.id });
    if (known === 0) {
      throw new InvalidInputError([
        { field: 'cursor', message: 'cursor points at no member of this company' },
      ]);
    }
    qb.andWhere(
      `(s.joined_at, s.user_id) > (select a.joined_at, a.user_id from "${em.config.get('schema')}"."company_staff" a where a.user_id = ?)`,
      [afterUserId],
    );
  }
  const members = await qb
    .orderBy({ joinedAt: 'asc', userId: 'asc' })
    .limit(limit + 1)
    .getResult();
  const page = members.slice(0, limit);
  const names = await userNames(
    em,
    page.map((member) => member.userId),
    UserReplica,
  );
  const items = withinPageBudget(page.map((member) => member.toReply(names.get(member.userId) ?? null)));
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      members.length > items.length && last
        ? encodePageCursor({ afterUserId: last.userId } satisfies CompanyStaffCursor)
        : null,
  };
}

function isCompanyStaffCursor(body: unknown): body is CompanyStaffCursor {
  const afterUserId = (body as Partial<CompanyStaffCursor> | null)?.afterUserId;
  return typeof afterUserId === 'string' && UUID.test(afterUserId);
}
