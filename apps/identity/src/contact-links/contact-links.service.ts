import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ContactLink } from './contact-link.entity';

/** Which users are contacts of an institution: what makes an employer's profile visible to its staff. */
@Injectable()
export class ContactLinksService {
  async contactsAmong(em: EntityManager, institutionId: string, userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const links = await em.find(ContactLink, { institutionId, userId: { $in: userIds }, linked: true });
    return new Set(links.map((link) => link.userId));
  }

  /** A subquery of the institution's linked users, for searches that must not match hidden profiles. */
  linkedUsersQuery(em: EntityManager, institutionId: string) {
    return em
      .createQueryBuilder(ContactLink, 'cl')
      .select('cl.userId')
      .where({ institutionId, linked: true })
      .getKnexQuery();
  }
}
