import { LockMode } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { LoopedWork } from '@careers/persistence';
import { JoinRequestDecisions } from '../join-requests/join-request-decisions';
import { BulkDecisionItem } from './bulk-decision-item.entity';
import { BulkDecision } from './bulk-decision.entity';

const IDLE_POLL_MS = 1000;
const RETRY_MS = 2000;

/**
 * Decides the requests of bulk decisions, one request a transaction: its decision, its event and mail, and its
 * outcome in the bulk decision are committed together, so a crash or a restart decides nothing twice and loses
 * nothing. Replicas share the work (requests claimed with SKIP LOCKED).
 */
@Injectable()
export class BulkDecisionWorker extends LoopedWork {
  private readonly logger = new Logger(BulkDecisionWorker.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly decisions: JoinRequestDecisions,
  ) {
    super();
  }

  protected async step(): Promise<number> {
    try {
      return (await this.decideNext()) ? 0 : IDLE_POLL_MS;
    } catch (error) {
      this.logger.error({ err: error }, 'Deciding a join request of a bulk decision failed; will retry');
      return RETRY_MS;
    }
  }

  private decideNext(): Promise<boolean> {
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
