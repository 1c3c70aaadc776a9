import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ImportLookupCommand, ImportLookupReply } from '@careers/contracts';
import { Membership, usernameKey } from '../memberships/membership.entity';
import { emailKey } from '../users/email-key';
import { User } from '../users/user.entity';

/**
 * For the importer's rules, a batch of rows at a time: the accounts with these emails (any type, with their place in
 * the institution) and the institution's members with these usernames. Two queries a batch, whatever its size.
 */
@Injectable()
export class ImportLookup {
  async find(em: EntityManager, command: ImportLookupCommand): Promise<ImportLookupReply> {
    const emailKeys = [...new Set(command.emails.map(emailKey))];
    const usernameKeys = [...new Set(command.usernames.map(usernameKey))];
    const [users, members] = await Promise.all([
      emailKeys.length ? em.find(User, { emailKey: { $in: emailKeys } }, { populate: ['memberships'] }) : [],
      usernameKeys.length
        ? em.find(
            Membership,
            { institutionId: command.institutionId, usernameKey: { $in: usernameKeys } },
            { populate: ['user'] },
          )
        : [],
    ]);
    return {
      accounts: users.map((user) => {
        const membership = user.membershipIn(command.institutionId);
        return {
          email: user.email,
          userId: user.id,
          userType: user.userType,
          status: user.status,
          name: user.name,
          membership: membership
            ? {
                status: membership.status,
                username: membership.username,
                authIdentifier: membership.authIdentifier,
                excludedFromSyncs: membership.excludedFromSyncs,
                attributes: membership.attributes,
              }
            : null,
        };
      }),
      members: members.map((member) => ({
        username: member.username,
        userId: member.user.id,
        email: member.user.email,
      })),
    };
  }
}
