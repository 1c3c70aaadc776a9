import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ListStaffCommand, STAFF_ROLES, StaffListReply } from '@careers/contracts';
import { decodePageCursor, encodePageCursor, withinPageBudget } from '@careers/messaging';
import { Membership } from '../memberships/membership.entity';
import { toStaffMemberReply } from './staff';

const DEFAULT_LIMIT = 25;

/** The last member of a page, by the list's order: name, then membership. */
interface StaffCursor {
  afterName: string;
  afterId: string;
}

/**
 * A page of an institution's staff by name (then by membership, so that the order is total), after the cursor's
 * member. A page stops early when the next member would take the reply past the page budget; `nextCursor` then goes
 * on from the last member given. The cursor carries the place itself, so a member leaving meanwhile breaks no walk.
 */
export async function staffPage(em: EntityManager, query: ListStaffCommand): Promise<StaffListReply> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const where: FilterQuery<Membership> = {
    institutionId: query.institutionId,
    roles: { $overlap: [...STAFF_ROLES] },
  };
  if (query.cursor) {
    const { afterName, afterId } = decodePageCursor(query.cursor, isStaffCursor);
    where.$or = [{ user: { name: { $gt: afterName } } }, { user: { name: afterName }, id: { $gt: afterId } }];
  }
  const memberships = await em.find(Membership, where, {
    populate: ['user'],
    orderBy: { user: { name: 'asc' }, id: 'asc' },
    limit: limit + 1,
  });
  const items = withinPageBudget(memberships.slice(0, limit).map(toStaffMemberReply));
  const last = memberships[items.length - 1];
  return {
    items,
    nextCursor:
      memberships.length > items.length && last
        ? encodePageCursor({ afterName: last.user.name, afterId: last.id } satisfies StaffCursor)
        : null,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isStaffCursor(body: unknown): body is StaffCursor {
  const cursor = body as Partial<StaffCursor> | null;
  return (
    typeof cursor?.afterName === 'string' && typeof cursor.afterId === 'string' && UUID.test(cursor.afterId)
  );
}
