import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EventEnvelope, Events, UserCreatedData } from '@careers/contracts';
import { HandlesEvent } from '@careers/messaging';
import { unlessUniqueBroken } from '@careers/persistence';
import { ContactLinker } from './contact-linker';
import { isLinkable, replicaEmailKey, UserReplica } from './user-replica.entity';
import { UserReplicaRepository } from './user-replica.repository';

/** Follows identity's users, so that contacts link and unlink as accounts come, change their email and go. */
@Injectable()
export class UserEventsHandler {
  constructor(
    private readonly linker: ContactLinker,
    private readonly replicas: UserReplicaRepository,
  ) {}

  @HandlesEvent(Events.userCreated)
  async userCreated(event: EventEnvelope<typeof Events.userCreated>, em: EntityManager): Promise<void> {
    await this.apply(em, event.data.userId, event, (user, at) => asCreated(user, event.data, at));
  }

  @HandlesEvent(Events.userUpdated)
  async userUpdated(event: EventEnvelope<typeof Events.userUpdated>, em: EntityManager): Promise<void> {
    await this.apply(em, event.data.userId, event, (user, at) => {
      user.changeName(event.data.name, at);
      user.changeStatus(event.data.status, at);
    });
  }

  @HandlesEvent(Events.userEmailChanged)
  async userEmailChanged(
    event: EventEnvelope<typeof Events.userEmailChanged>,
    em: EntityManager,
  ): Promise<void> {
    await this.apply(em, event.data.userId, event, (user, at) => user.changeEmail(event.data.email, at));
  }

  @HandlesEvent(Events.userDeleted)
  async userDeleted(event: EventEnvelope<typeof Events.userDeleted>, em: EntityManager): Promise<void> {
    await this.apply(em, event.data.userId, event, (user, at) => user.delete(at));
  }

  /**
   * A batch of imported people: their replicas written set-based (a part only where this event is newer than what
   * set it), then their contacts relinked in two queries, under the same locks as one user's event, in the same
   * order (users, then emails). New people's replicas are inserted plainly; only when one exists already (an event
   * of the user came first) is the batch written again merging with what is there. People the import renamed get
   * their new names.
   */
  @HandlesEvent(Events.usersImported)
  async usersImported(event: EventEnvelope<typeof Events.usersImported>, em: EntityManager): Promise<void> {
    const { created, renamed } = event.data;
    await this.linker.lock(
      em,
      [...created, ...renamed].map((user) => this.linker.userLock(user.userId)),
    );
    const at = new Date(event.occurredAt);
    await this.replicas.rename(
      em,
      renamed.map((user) => ({ id: user.userId, name: user.name })),
      at,
    );
    if (created.length === 0) return;
    // Every part of a new person's replica is told at the event's time: the template has it, each row its own values.
    const template = asCreated(new UserReplica(''), { ...created[0], email: '' }, at);
    const replicas = created.map((user) => ({
      id: user.userId,
      emailKey: replicaEmailKey(user.email),
      name: user.name,
      status: user.status,
      userType: user.userType,
    }));
    const users = await unlessUniqueBroken(
      em,
      () => this.replicas.write(em, template, replicas, false),
      () => this.replicas.write(em, template, replicas, true),
    );
    await this.linker.lock(
      em,
      users.flatMap((user) => (user.email_key ? [this.linker.emailLock(user.email_key)] : [])),
    );
    await this.linker.relinkUsers(
      em,
      users.map((user) => {
        const replica = { emailKey: user.email_key, status: user.status, deletedAt: user.deleted_at };
        return { id: user.id, emailKey: isLinkable(replica) ? user.email_key : null };
      }),
    );
  }

  /** Changes the replica under the user's lock and the locks of the emails involved, then relinks. */
  private async apply(
    em: EntityManager,
    userId: string,
    event: EventEnvelope,
    change: (user: UserReplica, at: Date) => void,
  ): Promise<void> {
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

/** A user as its creation tells it. */
function asCreated(user: UserReplica, data: UserCreatedData, at: Date): UserReplica {
  user.changeEmail(data.email, at);
  user.changeName(data.name, at);
  user.changeStatus(data.status, at);
  user.userType = data.userType;
  return user;
}
