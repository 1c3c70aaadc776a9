import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UserStatus } from '@careers/contracts';
import { INSERTED, insertEntities } from '@careers/persistence';
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
         "status" = case when excluded."status_at" > ${INSERTED}."status_at" then excluded."status"
                         else ${INSERTED}."status" end,
         "status_at" = greatest(excluded."status_at", ${INSERTED}."status_at"),
         "user_type" = excluded."user_type"`;

/** Replicas written a batch at a time. */
@Injectable()
export class UserReplicaRepository {
  /**
   * Writes replicas made by the constructor (each whole: a replica is a few columns) and answers them as they are
   * once written: new ones inserted (the insert breaks on one there already), or, `merging`, each merged part by part
   * with one there.
   */
  write(em: EntityManager, replicas: UserReplica[], merging: boolean): Promise<ReplicaLinks[]> {
    if (replicas.length === 0) return Promise.resolve([]);
    const tail = `${merging ? NEWER_PARTS : ''} ${RETURNING}`;
    return insertEntities<ReplicaLinks, UserReplica>(em, UserReplica, replicas[0], replicas, tail);
  }
}
