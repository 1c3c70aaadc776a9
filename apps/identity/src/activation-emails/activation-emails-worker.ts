import { LockMode } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { PolledWork } from '@careers/persistence';
import { ActivationEmailsService } from './activation-emails.service';
import { ActivationSend } from './activation-send.entity';

/**
 * Goes through the running activation sends, a batch a transaction: the batch's mails, its record of who was mailed
 * and the send's progress are committed together, so a restart mails nobody twice. The sends take turns, the one
 * longest untouched first, so one school's large send holds up no other; replicas share them (each locked while a
 * batch of it is done, SKIP LOCKED).
 */
@Injectable()
export class ActivationEmailsWorker extends PolledWork {
  protected readonly logger = new Logger(ActivationEmailsWorker.name);
  protected readonly roundFailed = 'A batch of activation emails failed; will retry';

  constructor(
    private readonly orm: MikroORM,
    private readonly activations: ActivationEmailsService,
  ) {
    super();
  }

  protected round(): Promise<boolean> {
    return this.orm.em.fork().transactional(async (em) => {
      const [send] = await em.find(
        ActivationSend,
        { finishedAt: null },
        { orderBy: { updatedAt: 'asc' }, limit: 1, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      if (!send) return false;
      await this.activations.nextBatch(em, send);
      return true;
    });
  }
}
