import type { EntityManager } from '@mikro-orm/postgresql';
import { ListStaffCommand, STAFF_ROLES, StaffListReply } from '@careers/contracts';
import { keysetPage, type SortKey } from '@careers/messaging';
import { Membership } from '../memberships/membership.entity';
import { toStaffMemberReply } from './staff.service';

/** By name, then by membership, so that the order is total. */
const BY_NAME: readonly SortKey[] = [
  { path: 'user.name', direction: 'asc', kind: 'text' },
  { path: 'id', direction: 'asc', kind: 'uuid' },
];

/** A page of an institution's staff by name, after the cursor's member. */
export function staffPage(em: EntityManager, query: ListStaffCommand): Promise<StaffListReply> {
  return keysetPage(
    em,
    {
      entity: Membership,
      where: { institutionId: query.institutionId, roles: { $overlap: [...STAFF_ROLES] } },
      populate: ['user'],
      order: BY_NAME,
      toItems: (memberships: Membership[]) => memberships.map(toStaffMemberReply),
    },
    query,
  );
}
