import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Events } from '@careers/contracts';
import { recordEvent } from '@careers/messaging';
import { executeBound } from '@careers/persistence';
import { Contact } from '../contacts/contact.entity';
import { UserReplica } from './user-replica.entity';

/**
 * Keeps every contact linked to the user with the same email, whichever came first. Both sides take a transaction
 * lock on the email first, so a contact written while a user event is applied never misses it.
 */
@Injectable()
export class ContactLinker {
  /** Holds until the transaction ends; keys are taken in order so that two writers never wait on each other. */
  async lock(em: EntityManager, keys: string[]): Promise<void> {
    await executeBound(
      em,
      'select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(?::text[]) k order by k',
      [[...new Set(keys)].sort()],
    );
  }

  emailLock(emailKey: string): string {
    return `email:${emailKey}`;
  }

  userLock(userId: string): string {
    return `user:${userId}`;
  }

  /** Links a contact to the user who has its email now, or unlinks it when none does. Call under its email lock. */
  async relinkContact(em: EntityManager, contact: Contact): Promise<void> {
    await this.relinkContacts(em, [contact]);
  }

  /** The same for many contacts, with one query for their users. Call under their email locks. */
  async relinkContacts(em: EntityManager, contacts: Contact[]): Promise<void> {
    if (contacts.length === 0) return;
    const users = await em.find(UserReplica, {
      emailKey: { $in: [...new Set(contacts.map((contact) => contact.emailKey))] },
      deletedAt: null,
    });
    const linkable = new Map(users.filter((user) => user.linkable).map((user) => [user.emailKey, user.id]));
    for (const contact of contacts) {
      const userId = linkable.get(contact.emailKey) ?? null;
      if (contact.linkedUserId === userId) continue;
      if (contact.linkedUserId) this.unlink(em, contact);
      if (userId) this.link(em, contact, userId);
    }
  }

  /** After a change to a user: unlinks contacts with another email, links the ones with the user's email. */
  async relinkUser(em: EntityManager, user: UserReplica): Promise<void> {
    await this.relinkUsers(em, [{ id: user.id, emailKey: user.linkable ? user.emailKey : null }]);
  }

  /**
   * The same for many users: one query finds the contacts to change (usually none: a batch of imported people is
   * hundreds), read as ids with no entities built, and only those are loaded. `emailKey` is the email a user's contacts
   * link by, `null` for a user that may not be linked. Call under their user and email locks.
   */
  async relinkUsers(em: EntityManager, users: LinkableUser[]): Promise<void> {
    if (users.length === 0) return;
    const schema = em.config.get('schema') as string;
    const changing = await executeBound<{ id: string }>(
      em,
      `with u as (select * from json_to_recordset(?::json) as u("id" uuid, "emailKey" text))
       select c."id" from "${schema}"."contact" c join u on c."linked_user_id" = u."id"
        where c."email_key" is distinct from u."emailKey"
       union
       select c."id" from "${schema}"."contact" c join u on c."email_key" = u."emailKey"
        where c."linked_user_id" is distinct from u."id"`,
      [JSON.stringify(users)],
    );
    if (changing.length === 0) return;
    const emailOf = new Map(users.map((user) => [user.id, user.emailKey]));
    const userByEmail = new Map(
      users.flatMap((user) => (user.emailKey ? [[user.emailKey, user.id] as const] : [])),
    );
    const contacts = await em.find(Contact, { id: { $in: changing.map((row) => row.id) } });
    for (const contact of contacts) {
      const linkedTo = contact.linkedUserId;
      if (linkedTo && emailOf.has(linkedTo) && contact.emailKey !== emailOf.get(linkedTo)) {
        this.unlink(em, contact);
      }
      const userId = userByEmail.get(contact.emailKey);
      if (!userId || contact.linkedUserId === userId) continue;
      if (contact.linkedUserId) this.unlink(em, contact);
      this.link(em, contact, userId);
    }
  }

  private link(em: EntityManager, contact: Contact, userId: string): void {
    contact.link(userId);
    recordEvent(em, Events.contactLinked, {
      contactId: contact.id,
      institutionId: contact.institutionId,
      userId,
      email: contact.email,
    });
  }

  private unlink(em: EntityManager, contact: Contact): void {
    const userId = contact.linkedUserId;
    if (!userId) return;
    contact.unlink();
    recordEvent(em, Events.contactUnlinked, {
      contactId: contact.id,
      institutionId: contact.institutionId,
      userId,
    });
  }
}

/** A user as linking reads them: the email their contacts link by, or `null` when they may not be linked. */
export interface LinkableUser {
  id: string;
  emailKey: string | null;
}
