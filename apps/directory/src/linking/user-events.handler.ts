import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EventEnvelope, Events, UserStatus } from '@careers/contracts';
import { HandlesEvent } from '@careers/messaging';
import { executeBound, unlessUniqueBroken } from '@careers/persistence';
import { ContactLinker } from './contact-linker';
import { isLinkable, UserReplica } from './user-replica.entity';

/** What linking needs of a replica written. */
interface ReplicaLinks {
  id: string;
  email_key: string | null;
  status: UserStatus | null;
  deleted_at: Date | null;
}

/** A replica written before: each part taken only where this event is newer than what set it. */
const NEWER_PARTS = `on conflict ("id") do update set
         "email_key" = case when excluded."email_at" > r."email_at" then excluded."email_key" else r."email_key" end,
         "email_at" = greatest(excluded."email_at", r."email_at"),
         "status" = case when excluded."status_at" > r."status_at" then excluded."status" else r."status" end,
         "status_at" = greatest(excluded."status_at", r."status_at"),
         "user_type" = excluded."user_type"`;

/** Follows identity's users, so that contacts link and unlink as accounts come, change their email and go. */
@Injectable()
export class UserEventsHandler {
  constructor(private readonly linker: ContactLinker) {}

  @HandlesEvent(Events.userCreated)
  async userCreated(event: EventEnvelope<typeof Events.userCreated>, em: EntityManager): Promise<void> {
    await this.apply(em, event.data.userId, event, (user, at) => {
      user.changeEmail(event.data.email, at);
      user.changeStatus(event.data.status, at);
      user.userType = event.data.userType;
    });
  }

  @HandlesEvent(Events.userUpdated)
  async userUpdated(event: EventEnvelope<typeof Events.userUpdated>, em: EntityManager): Promise<void> {
    await this.apply(em, event.data.userId, event, (user, at) => user.changeStatus(event.data.status, at));
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
    await this.apply(em, event.data.userId, event, (user, at) => {
      user.deletedAt = at;
    });
  }

  /**
   * A batch of imported people: their replicas written set-based (a part only where this event is newer than what
   * set it), then their contacts relinked in two queries, under the same locks as one user's event, in the same
   * order (users, then emails). New people's replicas are inserted plainly; only when one exists already (an event
   * of the user came first) is the batch written again merging with what is there.
   */
  @HandlesEvent(Events.usersImported)
  async usersImported(event: EventEnvelope<typeof Events.usersImported>, em: EntityManager): Promise<void> {
    const created = event.data.created;
    if (created.length === 0) return;
    await this.linker.lock(
      em,
      created.map((user) => this.linker.userLock(user.userId)),
    );
    const users = await unlessUniqueBroken(
      em,
      () => this.writeReplicas(em, event, ''),
      () => this.writeReplicas(em, event, NEWER_PARTS),
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

  /** The replicas of an import's new people, as they are once written (`onConflict`: how to merge with one there). */
  private writeReplicas(
    em: EntityManager,
    event: EventEnvelope<typeof Events.usersImported>,
    onConflict: string,
  ) {
    return executeBound<ReplicaLinks>(
      em,
      `insert into "${em.config.get('schema')}"."user_replica" as r
         ("id", "email_key", "email_at", "status", "status_at", "user_type")
       select u."userId", lower(trim(u."email")), ?::timestamptz, u."status", ?::timestamptz, u."userType"
         from json_to_recordset(?::json) as u("userId" uuid, "email" text, "status" text, "userType" text)
       ${onConflict}
       returning r."id", r."email_key", r."status", r."deleted_at"`,
      [
        event.occurredAt,
        event.occurredAt,
        JSON.stringify(event.data.created, ['userId', 'email', 'status', 'userType']),
      ],
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
