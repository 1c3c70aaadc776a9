import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A local SMTP server that takes every message and only counts it: what "handed to the SMTP server" means, without
 * the cost of parsing 50,000 messages in the benchmark's own process.
 */
export class CountingSmtpServer {
  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
    private readonly count: { received: number },
  ) {}

  static async start(): Promise<CountingSmtpServer> {
    const count = { received: 0 };
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        stream.on('end', () => {
          count.received += 1;
          callback();
        });
        stream.resume();
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.server.address() as AddressInfo;
    return new CountingSmtpServer(server, `smtp://127.0.0.1:${port}`, count);
  }

  get received(): number {
    return this.count.received;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
