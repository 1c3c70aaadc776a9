import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  SCIM_USER_TYPES,
  ScimPeopleQuery,
  ScimPeopleReply,
  ScimPerson,
  ScimUserType,
} from '@careers/contracts';
import { executeBound } from '@careers/persistence';
import { usernameKey } from '../memberships/membership.entity';
import { emailKey } from '../users/email-key';
import { ScimPersonNotFound } from './scim-errors';

interface PersonRow {
  user_id: string;
  user_type: ScimUserType;
  email: string;
  username: string;
  name: string;
  auth_identifier: string | null;
  status: string;
  created_at: Date;
  updated_at: Date;
}

/**
 * The people a school provisions: its students, alumni and mentors, members or deactivated members. A pending member
 * (a self-made account asking to join) or a declined one is not theirs to see or change.
 */
@Injectable()
export class ScimPeople {
  async get(em: EntityManager, institutionId: string, userId: string): Promise<ScimPerson> {
    const [row] = await this.select(em, institutionId, ['u."id" = ?'], [userId], 1, 0);
    if (!row) throw new ScimPersonNotFound(userId);
    return personOf(row);
  }

  /** A page in the order people were provisioned, filtered by equality on their identifiers (case-insensitive). */
  async list(em: EntityManager, query: ScimPeopleQuery): Promise<ScimPeopleReply> {
    const conditions: string[] = [];
    const values: unknown[] = [];
    if (query.username !== undefined) {
      conditions.push('m."username_key" = ?');
      values.push(usernameKey(query.username));
    }
    if (query.email !== undefined) {
      conditions.push('u."email_key" = ?');
      values.push(emailKey(query.email));
    }
    if (query.externalId !== undefined) {
      conditions.push('m."auth_identifier" = ?');
      values.push(query.externalId);
    }
    const [counted] = await executeBound<{ total: string }>(
      em,
      `select count(*) as "total" ${this.from(em, conditions)}`,
      [query.institutionId, [...SCIM_USER_TYPES], ...values],
    );
    const rows =
      query.count === 0
        ? []
        : await this.select(em, query.institutionId, conditions, values, query.count, query.startIndex - 1);
    return { totalResults: Number(counted.total), people: rows.map(personOf) };
  }

  private select(
    em: EntityManager,
    institutionId: string,
    conditions: string[],
    values: unknown[],
    limit: number,
    offset: number,
  ): Promise<PersonRow[]> {
    return executeBound<PersonRow>(
      em,
      `select u."id" as "user_id", u."user_type", u."email", m."username", u."name", m."auth_identifier", m."status",
              m."created_at", greatest(m."updated_at", u."updated_at") as "updated_at"
         ${this.from(em, conditions)}
        order by m."created_at", m."id" limit ? offset ?`,
      [institutionId, [...SCIM_USER_TYPES], ...values, limit, offset],
    );
  }

  private from(em: EntityManager, conditions: string[]): string {
    const schema = em.config.get('schema') as string;
    return `from "${schema}"."membership" m join "${schema}"."user_account" u on u."id" = m."user_id"
       where m."institution_id" = ? and u."user_type" = any(?::text[]) and m."status" in ('active', 'inactive')
       ${conditions.map((condition) => `and ${condition}`).join(' ')}`;
  }
}

function personOf(row: PersonRow): ScimPerson {
  return {
    userId: row.user_id,
    userType: row.user_type,
    email: row.email,
    username: row.username,
    name: row.name,
    externalId: row.auth_identifier,
    active: row.status === 'active',
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
