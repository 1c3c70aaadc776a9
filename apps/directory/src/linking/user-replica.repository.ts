import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UserStatus } from '@careers/contracts';
import { INSERTED, insertEntities, NewRow } from '@careers/persistence';
import { UserReplica } from './user-replica.entity';

/** What linking needs of a replica written. */
export interface ReplicaLinks {
  id: string;
  email_key: string | null;
  status: UserStatus | null;
  deleted_at: Date | null;
}

const RETURNING = `returning ${INSERTED}."id", ${INSERTED}."email_key", ${INSERTED}."status", ${INSERTED}."deleted_at"`;

/** A replica written before: each part taken only where the new one's is newer than what set it. */
const NEWER_PARTS = `on conflict ("id") do update set
         "email_key" = case when excluded."email_at" > ${INSERTED}."email_at" then excluded."email_key"
                            else ${INSERTED}."email_key" end,
         "email_at" = greatest(excluded."email_at", ${INSERTED}."email_at"),
         "name" = case when excluded."name_at" > ${INSERTED}."name_at" and ${INSERTED}."deleted_at" is null
                       then excluded."name" else ${INSERTED}."name" end,
         "name_at" = greatest(excluded."name_at", ${INSERTED}."name_at"),
         "status" = case when excluded."status_at" > ${INSERTED}."status_at" then excluded."status"
                         else ${INSERTED}."status" end,
         "status_at" = greatest(excluded."status_at", ${INSERTED}."status_at"),
         "user_type" = excluded."user_type"`;

/** A replica renamed: its name taken only where the new one is newer, and never for a deleted account. */
const NEWER_NAME = `on conflict ("id") do update set "name" = excluded."name", "name_at" = excluded."name_at"
         where excluded."name_at" > ${INSERTED}."name_at" and ${INSERTED}."deleted_at" is null`;

/** Replicas written a batch at a time. */
@Injectable()
export class UserReplicaRepository {
  /**
   * Writes replicas, each its id and the columns that are its own, the rest as `template` (made by the constructor)
   * has them, and answers them as they are once written: new ones inserted (the insert breaks on one there already),
   * or, `merging`, each merged part by part with one there.
   */
  write(
    em: EntityManager,
    template: UserReplica,
    replicas: Array<NewRow<UserReplica>>,
    merging: boolean,
  ): Promise<ReplicaLinks[]> {
    const tail = `${merging ? NEWER_PARTS : ''} ${RETURNING}`;
    return insertEntities<ReplicaLinks, UserReplica>(em, UserReplica, template, replicas, tail);
  }

  /** New names told at `at`; a replica no other event has made yet starts with its name alone. */
  async rename(em: EntityManager, renamed: Array<{ id: string; name: string }>, at: Date): Promise<void> {
    const template = new UserReplica('');
    template.changeName('', at);
    // One row a user (the last name told): PostgreSQL refuses to upsert one row twice in a statement.
    const once = [...new Map(renamed.map((user) => [user.id, user])).values()];
    await insertEntities(em, UserReplica, template, once, NEWER_NAME);
  }
}
