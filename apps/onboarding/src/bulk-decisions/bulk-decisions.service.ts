import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { keysetPage, SortKey } from '@careers/messaging';
import {
  BulkDecisionCommand,
  BulkDecisionOutcome,
  BulkDecisionReply,
  BulkDecisionResultPageReply,
  ListBulkDecisionResultsCommand,
} from '@careers/contracts';
import { BulkDecisionItem } from './bulk-decision-item.entity';
import { BulkDecision } from './bulk-decision.entity';
import { BulkDecisionNotFound } from './bulk-decision-errors';
import { BulkDecisionWorker } from './bulk-decision-worker';

/** In the order the requests were named: a position is unique within a bulk decision. */
const AS_NAMED: SortKey[] = [{ path: 'position', direction: 'asc', kind: 'integer' }];

/** Starts bulk decisions of join requests and tells how far they are. */
@Injectable()
export class BulkDecisionsService {
  constructor(private readonly worker: BulkDecisionWorker) {}

  /**
   * Stores the decision and each request it names in one transaction, then answers: the background work decides
   * them. Starting again with the same `Idempotency-Key` answers with the first one.
   */
  async start(em: EntityManager, command: BulkDecisionCommand): Promise<BulkDecisionReply> {
    const key = command.idempotencyKey ?? null;
    const earlier = key ? await this.withKey(em, command.institutionId, key) : null;
    if (earlier) return this.reply(em, earlier);
    const decision = new BulkDecision({
      institutionId: command.institutionId,
      decision: command.decision,
      reason: command.reason?.trim() || null,
      createdBy: command.actorId,
      total: command.requestIds.length,
      idempotencyKey: key,
    });
    try {
      await em.transactional(async (tx) => {
        // The decision first: its requests refer to it.
        await tx.persist(decision).flush();
        tx.persist(
          command.requestIds.map(
            (requestId, position) => new BulkDecisionItem(decision.id, requestId, position),
          ),
        );
      });
    } catch (error) {
      // The same key twice at once: the unique index keeps the first.
      if (!(error instanceof UniqueConstraintViolationException) || !key) throw error;
      return this.reply(em, await this.found(this.withKey(em.fork(), command.institutionId, key), key));
    }
    this.worker.wake();
    return this.reply(em, decision);
  }

  async get(em: EntityManager, institutionId: string, bulkDecisionId: string): Promise<BulkDecisionReply> {
    return this.reply(em, await this.find(em, institutionId, bulkDecisionId));
  }

  /** Each request's outcome so far, in the order they were named. */
  async results(
    em: EntityManager,
    query: ListBulkDecisionResultsCommand,
  ): Promise<BulkDecisionResultPageReply> {
    await this.find(em, query.institutionId, query.bulkDecisionId);
    return keysetPage(
      em,
      {
        entity: BulkDecisionItem,
        where: { bulkDecisionId: query.bulkDecisionId },
        order: AS_NAMED,
        toItems: (items: BulkDecisionItem[]) => items.map((item) => item.toResult()),
      },
      query,
    );
  }

  private async find(
    em: EntityManager,
    institutionId: string,
    bulkDecisionId: string,
  ): Promise<BulkDecision> {
    return this.found(em.findOne(BulkDecision, { id: bulkDecisionId, institutionId }), bulkDecisionId);
  }

  private async found(lookup: Promise<BulkDecision | null>, what: string): Promise<BulkDecision> {
    const decision = await lookup;
    if (!decision) throw new BulkDecisionNotFound(what);
    return decision;
  }

  private withKey(em: EntityManager, institutionId: string, key: string): Promise<BulkDecision | null> {
    return em.findOne(BulkDecision, { institutionId, idempotencyKey: key });
  }

  private async reply(em: EntityManager, decision: BulkDecision): Promise<BulkDecisionReply> {
    const rows = await em.execute<Array<{ outcome: BulkDecisionOutcome; count: number }>>(
      `select outcome, count(*)::int as count from "${em.config.get('schema')}"."bulk_decision_item"
        where bulk_decision_id = ? group by outcome`,
      [decision.id],
    );
    const count = (outcome: BulkDecisionOutcome) => rows.find((row) => row.outcome === outcome)?.count ?? 0;
    const done = decision.total - count('pending');
    return {
      id: decision.id,
      institutionId: decision.institutionId,
      decision: decision.decision,
      status: done === decision.total ? 'done' : 'running',
      progress: {
        done,
        total: decision.total,
        approved: count('approved'),
        declined: count('declined'),
        refused: count('refused'),
      },
      createdBy: decision.createdBy,
      createdAt: decision.createdAt.toISOString(),
    };
  }
}
