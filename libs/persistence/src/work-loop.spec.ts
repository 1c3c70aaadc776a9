import { Logger } from '@nestjs/common';
import { POLL_IDLE_MS, POLL_RETRY_MS, PolledWork } from './work-loop';

class Rounds extends PolledWork {
  protected readonly logger = new Logger('Rounds');
  protected readonly roundFailed = 'A round failed; will retry';

  constructor(protected readonly round: () => Promise<boolean>) {
    super();
  }

  waitAfterStep(): Promise<number> {
    return this.step();
  }
}

describe('PolledWork', () => {
  it('goes on at once after a round that found work', async () => {
    await expect(new Rounds(async () => true).waitAfterStep()).resolves.toBe(0);
  });

  it('waits the idle poll after a round that found none', async () => {
    await expect(new Rounds(async () => false).waitAfterStep()).resolves.toBe(POLL_IDLE_MS);
  });

  it('logs a failed round and waits the retry delay', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const failure = new Error('the database went away');

    await expect(new Rounds(() => Promise.reject(failure)).waitAfterStep()).resolves.toBe(POLL_RETRY_MS);
    expect(logged).toHaveBeenCalledWith({ err: failure }, 'A round failed; will retry');
  });
});
