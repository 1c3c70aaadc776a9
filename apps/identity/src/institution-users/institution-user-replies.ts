import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { InstitutionUserReply } from '@careers/contracts';
import { ContactLinksService } from '../contact-links/contact-links.service';
import { EmailChangeService } from '../email-change/email-change.service';
import type { Membership } from '../memberships/membership.entity';
import type { User } from '../users/user.entity';

export interface InstitutionPerson {
  user: User;
  membership: Membership | null;
}

export const PRIVATE_EMPLOYER_NOTE =
  'This employer is not a contact of your institution, so their profile is private.';

/**
 * How an institution's staff see people: everything about their own users, and an employer's profile only when the
 * employer is also a contact of the institution (otherwise it is private and nothing of it is shown).
 */
@Injectable()
export class InstitutionUserReplies {
  constructor(
    private readonly contactLinks: ContactLinksService,
    private readonly emailChanges: EmailChangeService,
  ) {}

  async build(
    em: EntityManager,
    institutionId: string,
    people: InstitutionPerson[],
  ): Promise<InstitutionUserReply[]> {
    const employers = people.filter(({ user }) => user.userType === 'employer').map(({ user }) => user.id);
    const contacts = await this.contactLinks.contactsAmong(em, institutionId, employers);
    const pending = await this.emailChanges.pendingFor(
      em,
      people.map(({ user }) => user.id),
    );
    const pendingEmail = new Map(pending.map((change) => [change.user.id, change.newEmail]));
    return people.map(({ user, membership }) => {
      if (user.userType === 'employer' && !contacts.has(user.id)) return privateProfile(user);
      return {
        id: user.id,
        userType: user.userType,
        profile: 'visible',
        privacyNote: null,
        email: user.email,
        name: user.name,
        phone: user.phone,
        status: user.status,
        membership: membership?.toReply() ?? null,
        pendingEmail: pendingEmail.get(user.id) ?? null,
        createdAt: user.createdAt.toISOString(),
      };
    });
  }
}

function privateProfile(user: User): InstitutionUserReply {
  return {
    id: user.id,
    userType: user.userType,
    profile: 'private',
    privacyNote: PRIVATE_EMPLOYER_NOTE,
    email: null,
    name: null,
    phone: null,
    status: null,
    membership: null,
    pendingEmail: null,
    createdAt: null,
  };
}
