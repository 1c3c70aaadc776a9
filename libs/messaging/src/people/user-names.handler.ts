import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EventEnvelope, Events } from '@careers/contracts';
import { executeBound, qualifiedTable } from '@careers/persistence';
import { HandlesEvent } from '../events/handles-event.decorator';

/** Keeps the service's `user_name` table as identity's events tell the names, each write one statement. */
@Injectable()
export class UserNamesHandler {
  @HandlesEvent(Events.userCreated)
  async userCreated(event: EventEnvelope<typeof Events.userCreated>, em: EntityManager): Promise<void> {
    await this.name(em, [event.data], event.occurredAt);
  }

  @HandlesEvent(Events.userUpdated)
  async userUpdated(event: EventEnvelope<typeof Events.userUpdated>, em: EntityManager): Promise<void> {
    await this.name(em, [event.data], event.occurredAt);
  }

  @HandlesEvent(Events.usersImported)
  async usersImported(event: EventEnvelope<typeof Events.usersImported>, em: EntityManager): Promise<void> {
    await this.name(em, [...event.data.created, ...event.data.renamed], event.occurredAt);
  }

  @HandlesEvent(Events.userDeleted)
  async userDeleted(event: EventEnvelope<typeof Events.userDeleted>, em: EntityManager): Promise<void> {
    await executeBound(
      em,
      `insert into ${qualifiedTable(em, 'user_name')} as t ("id", "name", "name_at", "deleted_at")
       values (?, null, ?, ?)
       on conflict ("id") do update set "name" = null, "deleted_at" = excluded."deleted_at"`,
      [event.data.userId, event.occurredAt, event.occurredAt],
    );
  }

  /** Names told at `at`: taken where newer than the name kept, never for a deleted account. */
  private async name(
    em: EntityManager,
    users: Array<{ userId: string; name: string }>,
    at: string,
  ): Promise<void> {
    if (users.length === 0) return;
    // One row a user: an upsert may not change the same row twice.
    const rows = [
      ...new Map(users.map((user) => [user.userId, { id: user.userId, name: user.name }])).values(),
    ];
    await executeBound(
      em,
      `insert into ${qualifiedTable(em, 'user_name')} as t ("id", "name", "name_at")
       select u."id", u."name", ?::timestamptz from json_to_recordset(?::json) as u("id" uuid, "name" text)
       on conflict ("id") do update set "name" = excluded."name", "name_at" = excluded."name_at"
        where excluded."name_at" > t."name_at" and t."deleted_at" is null`,
      [at, JSON.stringify(rows)],
    );
  }
}
