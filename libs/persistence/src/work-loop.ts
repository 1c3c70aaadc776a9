import type { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { EntityClass, FlushEventArgs, MikroORM } from '@mikro-orm/core';

/**
 * A background loop over a table (an outbox, a mail queue): runs `step` again and again until stopped, waiting
 * between steps as long as the step asks, or until woken because new rows were flushed.
 */
export class WorkLoop {
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;

  /** `step` does one round of work and answers how long to wait before the next (0: go on at once). */
  start(step: () => Promise<number>): void {
    this.running = true;
    this.loop = this.run(step);
  }

  /** Ends the wait, if the loop is waiting. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Wakes the loop whenever a flush of the ORM writes an entity of this class. */
  wakeOnFlushOf(orm: MikroORM, entity: EntityClass<unknown>): void {
    orm.em.getEventManager().registerSubscriber({
      afterFlush: (args: FlushEventArgs) => {
        if (args.uow.getChangeSets().some((changeSet) => changeSet.entity instanceof entity)) this.wake();
      },
    });
  }

  /** Lets the current step finish, then resolves. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  private async run(step: () => Promise<number>): Promise<void> {
    while (this.running) {
      const waitMs = await step();
      if (waitMs > 0 && this.running) await this.pause(waitMs);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }
}

/** A provider that runs a work loop for the application's lifetime: `step` does a round and says how long to wait. */
export abstract class LoopedWork implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly loop = new WorkLoop();

  protected abstract step(): Promise<number>;

  onApplicationBootstrap(): void {
    this.loop.start(() => this.step());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** Work has come: ends the wait, if the loop is waiting. */
  wake(): void {
    this.loop.wake();
  }
}

/** How long a polling worker waits after a round that found no work, and after one that failed. */
export const POLL_IDLE_MS = 1000;
export const POLL_RETRY_MS = 2000;

/**
 * Looped work that polls its table for something to claim: a round that found work is followed at once by the next,
 * one that found none waits `POLL_IDLE_MS`, and one that failed is logged and tried again after `POLL_RETRY_MS`
 * (its transaction rolled back, so the work is still there to claim).
 */
export abstract class PolledWork extends LoopedWork {
  protected abstract readonly logger: Logger;
  /** What the log says when a round fails. */
  protected abstract readonly roundFailed: string;

  /** Claims and does one round of work, answering whether there was any. */
  protected abstract round(): Promise<boolean>;

  protected async step(): Promise<number> {
    try {
      return (await this.round()) ? 0 : POLL_IDLE_MS;
    } catch (error) {
      this.logger.error({ err: error }, this.roundFailed);
      return POLL_RETRY_MS;
    }
  }
}
