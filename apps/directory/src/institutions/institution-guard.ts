import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Institution } from './institution.entity';
import { InstitutionNotFound } from './institution-errors';

/** Refuses requests about an institution that does not exist (a platform administrator may name any id). */
@Injectable()
export class InstitutionGuard {
  async mustExist(em: EntityManager, institutionId: string): Promise<void> {
    const found = await em.count(Institution, { id: institutionId });
    if (found === 0) throw new InstitutionNotFound(institutionId);
  }
}
