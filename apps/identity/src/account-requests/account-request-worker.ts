import { LockMode } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { LoopedWork } from '@careers/persistence';
import { PasswordsService } from '../passwords/passwords.service';
import { SignupService } from '../signup/signup.service';
import { lockLookalikes } from '../users/lookalike-emails';
import { AccountRequest } from './account-request.entity';

/**
 * Not woken by the request that queued the work: polled, so that what a request for a known email sets going does
 * not land on the next request and show in its time.
 */
const POLL_MS = 200;
const RETRY_BASE_MS = 1000;
const MAX_ATTEMPTS = 10;

/**
 * Carries out the sign-ups and password resets taken in, one a transaction, oldest first; replicas share them
 * (`FOR UPDATE SKIP LOCKED`). Requests about one email, or look-alike ones, take turns (a lock on how the address looks),
 * so sign-ups sent at the same moment leave one account and one working verification link, the newest one's.
 */
@Injectable()
export class AccountRequestWorker extends LoopedWork {
  private readonly logger = new Logger(AccountRequestWorker.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly signups: SignupService,
    private readonly resets: PasswordsService,
  ) {
    super();
  }

  protected async step(): Promise<number> {
    let claimed: string | undefined;
    try {
      await this.orm.em.fork().transactional(async (tx) => {
        const [due] = await tx.find(
          AccountRequest,
          { dueAt: { $lte: new Date() } },
          { orderBy: { dueAt: 'asc' }, limit: 1, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
        );
        if (!due) return;
        claimed = due.id;
        await this.carryOut(tx, due);
      });
      return claimed ? 0 : POLL_MS;
    } catch (error) {
      this.logger.error({ err: error, requestId: claimed }, 'An account request failed; will retry');
      if (claimed) await this.postpone(claimed).catch(() => undefined);
      return POLL_MS;
    }
  }

  private async carryOut(em: EntityManager, request: AccountRequest): Promise<void> {
    await lockLookalikes(em, request.email);
    if (request.kind === 'signup' && request.signup) {
      await this.signups.carryOut(em, request.email, request.signup);
    } else if (request.kind === 'password_reset') {
      await this.resets.send(em, request.email);
    }
    em.remove(request);
  }

  /** A request that failed waits longer each time, and is given up after MAX_ATTEMPTS. */
  private async postpone(requestId: string): Promise<void> {
    await this.orm.em.fork().transactional(async (tx) => {
      const failed = await tx.findOne(AccountRequest, { id: requestId });
      if (!failed) return;
      failed.attempts += 1;
      if (failed.attempts < MAX_ATTEMPTS) {
        failed.dueAt = new Date(Date.now() + RETRY_BASE_MS * 2 ** failed.attempts);
        return;
      }
      this.logger.error({ requestId, kind: failed.kind }, 'An account request was given up');
      tx.remove(failed);
    });
  }
}
