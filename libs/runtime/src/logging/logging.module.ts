import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { redactingLogOptions } from './redacting-log-options';

/** Structured JSON logs (pino), one line an event, each HTTP line with its request id, no secret on any line. */
@Module({})
export class LoggingModule {
  static forApp(app: string, level: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          // Nest 11's path syntax; the library's default ('*') is converted with a warning under a global prefix.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level,
            base: { app },
            customAttributeKeys: { reqId: 'requestId' },
            ...redactingLogOptions(),
            // Probes are not worth a line each. Fastify's middleware layer strips the mount path from `url`.
            autoLogging: { ignore: (req) => requestPath(req).startsWith('/health/') },
            customLogLevel: (_req, res, err) =>
              err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          },
        }),
      ],
    };
  }
}

function requestPath(req: { url?: string; originalUrl?: string }): string {
  return req.originalUrl ?? req.url ?? '';
}
