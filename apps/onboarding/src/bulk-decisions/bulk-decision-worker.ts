import { LockMode } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { PolledWork } from '@careers/persistence';
import { JoinRequestDecisions } from '../join-requests/join-request-decisions';
import { BulkDecisionItem } from './bulk-decision-item.entity';
import { BulkDecision } from './bulk-decision.entity';

/**
 * Decides the requests of bulk decisions, one request a transaction: its decision, its event and mail, and its
 * outcome in the bulk decision are committed together, so a crash or a restart decides nothing twice and loses
 * nothing. Replicas share the work (requests claimed with SKIP LOCKED).
 */
@Injectable()
export class BulkDecisionWorker extends PolledWork {
  protected readonly logger = new Logger(BulkDecisionWorker.name);
  protected readonly roundFailed = 'Deciding a join request of a bulk decision failed; will retry';

  constructor(
    private readonly orm: MikroORM,
    private readonly decisions: JoinRequestDecisions,
  ) {
    super();
  }

  /** Decides the next pending request of any bulk decision, if there is one. */
  protected round(): Promise<boolean> {
    return this.orm.em.fork().transactional(async (em) => {
      const [item] = await em.find(
        BulkDecisionItem,
        { outcome: 'pending' },
        { orderBy: { position: 'asc' }, limit: 1, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      if (!item) return false;
      const bulk = await em.findOneOrFail(BulkDecision, { id: item.bulkDecisionId });
      item.settle(await this.decisions.decideInBulk(em, bulk, item.requestId));
      return true;
    });
  }
}
