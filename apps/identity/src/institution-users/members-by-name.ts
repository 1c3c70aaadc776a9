import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { FindMembersByNameCommand, MembersByNameReply } from '@careers/contracts';
import { Membership } from '../memberships/membership.entity';

const MAX_MATCHES = 200;

/**
 * The institution's members whose name is one of these (any case, spaces folded): staff look at them before
 * approving a request, in case the person was loaded with another email. Employers are left out: their profiles
 * are private to staff unless they are contacts, and the similar-account check is about students and alumni.
 */
@Injectable()
export class MembersByName {
  async find(em: EntityManager, command: FindMembersByNameCommand): Promise<MembersByNameReply> {
    const names = [...new Set(command.names.map(nameKey).filter(Boolean))];
    if (names.length === 0) return { items: [] };
    const memberships = await em
      .createQueryBuilder(Membership, 'm')
      .select('m.*')
      .joinAndSelect('m.user', 'u')
      .where({ institutionId: command.institutionId, user: { userType: { $ne: 'employer' } } })
      .andWhere(
        `lower(regexp_replace(trim(u.name), '\\s+', ' ', 'g')) in (${names.map(() => '?').join(', ')})`,
        names,
      )
      .orderBy({ user: { name: 'asc' } })
      .limit(MAX_MATCHES)
      .getResultList();
    return {
      items: memberships.map((membership) => ({
        userId: membership.user.id,
        name: membership.user.name,
        email: membership.user.email,
        userType: membership.user.userType,
        membershipStatus: membership.status,
      })),
    };
  }
}

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
