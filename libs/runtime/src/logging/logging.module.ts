import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

/** Structured JSON logs (pino), one line an event, each HTTP line with its request id. */
@Module({})
export class LoggingModule {
  static forApp(app: string, level: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level,
            base: { app },
            customAttributeKeys: { reqId: 'requestId' },
            redact: ['req.headers.authorization', 'req.headers.cookie', '*.password'],
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health/') },
            customLogLevel: (_req, res, err) =>
              err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          },
        }),
      ],
    };
  }
}
