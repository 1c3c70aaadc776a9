import type { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EventEnvelope, Events } from '@careers/contracts';
import { HandlesEvent } from '@careers/messaging';
import { ContactLinker } from './contact-linker';
import { UserReplica } from './user-replica.entity';

/** Follows identity's users, so that contacts link and unlink as accounts come, change their email and go. */
@Injectable()
export class UserEventsHandler {
  constructor(private readonly linker: ContactLinker) {}

  @HandlesEvent(Events.userCreated)
  async userCreated(event: EventEnvelope<typeof Events.userCreated>, em: CoreEntityManager): Promise<void> {
    await this.apply(em, event.data.userId, event, (user, at) => {
      user.changeEmail(event.data.email, at);
      user.changeStatus(event.data.status, at);
      user.userType = event.data.userType;
    });
  }

  @HandlesEvent(Events.userUpdated)
  async userUpdated(event: EventEnvelope<typeof Events.userUpdated>, em: CoreEntityManager): Promise<void> {
    await this.apply(em, event.data.userId, event, (user, at) => user.changeStatus(event.data.status, at));
  }

  @HandlesEvent(Events.userEmailChanged)
  async userEmailChanged(
    event: EventEnvelope<typeof Events.userEmailChanged>,
    em: CoreEntityManager,
  ): Promise<void> {
    await this.apply(em, event.data.userId, event, (user, at) => user.changeEmail(event.data.email, at));
  }

  @HandlesEvent(Events.userDeleted)
  async userDeleted(event: EventEnvelope<typeof Events.userDeleted>, em: CoreEntityManager): Promise<void> {
    await this.apply(em, event.data.userId, event, (user, at) => {
      user.deletedAt = at;
    });
  }

  /** Changes the replica under the user's lock and the locks of the emails involved, then relinks. */
  private async apply(
    coreEm: CoreEntityManager,
    userId: string,
    event: EventEnvelope,
    change: (user: UserReplica, at: Date) => void,
  ): Promise<void> {
    const em = coreEm as EntityManager;
    await this.linker.lock(em, [this.linker.userLock(userId)]);
    const user = (await em.findOne(UserReplica, { id: userId })) ?? new UserReplica(userId);
    const emailBefore = user.emailKey;
    change(user, new Date(event.occurredAt));
    em.persist(user);
    const emails = [emailBefore, user.emailKey].filter((key): key is string => key !== null);
    await this.linker.lock(
      em,
      emails.map((key) => this.linker.emailLock(key)),
    );
    await this.linker.relinkUser(em, user);
  }
}
