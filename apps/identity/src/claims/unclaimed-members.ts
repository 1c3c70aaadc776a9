import { EntityManager } from '@mikro-orm/postgresql';
import type { UserType } from '@careers/contracts';

/** The kinds of account a school's file loads. */
export const LOADED_USER_TYPES: readonly UserType[] = ['student', 'alumni', 'mentor'];

/**
 * The accounts of an institution's people that a file loaded and nobody claimed yet: a loaded kind of account, active,
 * with no password, and an active membership. A `from … where …` clause over `user_account u`, its one binding the
 * institution's id.
 */
export function unclaimedMembers(em: EntityManager): string {
  const schema = em.config.get('schema') as string;
  const types = LOADED_USER_TYPES.map((type) => `'${type}'`).join(', ');
  return `from "${schema}"."membership" m
      join "${schema}"."user_account" u on u."id" = m."user_id"
      where m."institution_id" = ? and m."status" = 'active' and u."status" = 'active' and u."password_hash" is null
        and u."user_type" in (${types})`;
}
