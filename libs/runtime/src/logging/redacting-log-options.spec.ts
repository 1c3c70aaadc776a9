import pino, { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { Writable } from 'node:stream';
import { REDACTED } from './redact-text';
import { redactingLogOptions } from './redacting-log-options';

const TOKEN = 'aXU4cxnV_hDZqgKBIDqJ5cLaoftpLuQXhaVhVj3317c';

type MakeLogger = (stream: Writable) => Logger;
/** As nestjs-pino makes them: plain pino outside requests, pino-http's (serializers wrapped) in them. */
const LOGGERS: Array<[string, MakeLogger]> = [
  ['pino', (stream) => pino({ ...redactingLogOptions() }, stream)],
  ['pino-http', (stream) => pinoHttp({ ...redactingLogOptions() }, stream).logger],
];

describe.each(LOGGERS)('redactingLogOptions on %s', (_name, makeLogger) => {
  /** A logger with the options, and the lines it wrote. */
  function capturingLogger() {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    return { logger: makeLogger(stream), lines };
  }

  it('redacts the objects, errors and message of every call', () => {
    const { logger, lines } = capturingLogger();

    logger.error(
      { err: new Error(`GET /v1/invitations/${TOKEN} failed`), payload: { password: 'hunter2' } },
      'Accepting %s failed',
      `/v1/invitations/${TOKEN}/accept`,
    );

    const line = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(line).toMatchObject({
      err: { type: 'Error', message: `GET /v1/invitations/${REDACTED} failed` },
      payload: { password: REDACTED },
      msg: `Accepting /v1/invitations/${REDACTED}/accept failed`,
    });
    expect(lines[0]).not.toContain(TOKEN);
  });

  it('redacts an error logged alone, and the message taken from it', () => {
    const { logger, lines } = capturingLogger();

    logger.error(new Error(`GET /v1/invitations/${TOKEN} failed`));

    expect(JSON.parse(lines[0])).toMatchObject({
      err: { type: 'Error' },
      msg: `GET /v1/invitations/${REDACTED} failed`,
    });
    expect(lines[0]).not.toContain(TOKEN);
  });

  it("redacts a request line's URL, query and headers, on a child logger as pino-http makes it", () => {
    const { logger, lines } = capturingLogger();
    const req = {
      method: 'GET',
      url: `/v1/invitations/${TOKEN}?token=${TOKEN}`,
      query: { token: TOKEN },
      headers: { authorization: 'Bearer x.y.z', host: 'gateway' },
    };

    logger.child({ req }).info({ res: { statusCode: 200, headersSent: true } }, 'request completed');

    expect(JSON.parse(lines[0])).toMatchObject({
      req: {
        url: `/v1/invitations/${REDACTED}?token=${REDACTED}`,
        query: { token: REDACTED },
        headers: { authorization: REDACTED, host: 'gateway' },
      },
      res: { statusCode: 200 },
    });
  });
});
