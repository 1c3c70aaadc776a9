import type { IncomingMessage } from 'node:http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { PinoInstrumentation } from '@opentelemetry/instrumentation-pino';
import { NodeSDK, type NodeSDKConfiguration } from '@opentelemetry/sdk-node';
import { AlwaysOffSampler, BatchSpanProcessor, NoopSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { exitAfterFailedStart } from '../bootstrap/run-main';
import { loadConfig } from '../config/load-config';
import { TracingConfig } from './tracing-config';
import { RedactingSpanProcessor } from './redacting-span-processor';

let sdk: NodeSDK | undefined;

/** The longest value an attribute of a span keeps (a longer one is cut). */
const ATTRIBUTE_VALUE_MAX_LENGTH = 2048;

/**
 * Starts OpenTelemetry in this process. It must run before anything else is loaded: it instruments http, pg, pino and
 * Nest as they are first required. With `OTEL_EXPORTER_OTLP_ENDPOINT` the spans are batched and sent there (OTLP over
 * HTTP, JSON), sampled as `OTEL_TRACES_SAMPLER` says (all by default). Without it no span is recorded, but each request
 * and event still gets its trace id, passed on to the services and written on every log line of its handling.
 */
export function startTracing(service: string): void {
  let config: TracingConfig;
  try {
    config = loadConfig(TracingConfig);
  } catch (error) {
    exitAfterFailedStart(error);
  }
  sdk = new NodeSDK({
    serviceName: config.OTEL_SERVICE_NAME ?? service,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: isProbeOrScrape }),
      // A query is traced within a request or an event's handling, not in the background loops' polls.
      new PgInstrumentation({ requireParentSpan: true }),
      // Trace and span ids on every log line; the lines themselves stay on standard output.
      new PinoInstrumentation({ disableLogSending: true }),
      new NestInstrumentation(),
    ],
    // Traces only: no metrics (Prometheus has them) and no logs through OpenTelemetry.
    metricReaders: [],
    logRecordProcessors: [],
    // No attribute may carry a whole body or a bulk statement.
    spanLimits: { attributeValueLengthLimit: ATTRIBUTE_VALUE_MAX_LENGTH },
    ...spanHandling(config),
  });
  sdk.start();
}

/** Sends what is left of the spans; at shutdown. */
export async function stopTracing(): Promise<void> {
  await sdk?.shutdown();
  sdk = undefined;
}

function spanHandling(config: TracingConfig): Partial<NodeSDKConfiguration> {
  if (config.OTEL_EXPORTER_OTLP_ENDPOINT) {
    return {
      spanProcessors: [new RedactingSpanProcessor(), new BatchSpanProcessor(new OTLPTraceExporter())],
    };
  }
  // Unsampled spans are not recorded, yet they have ids that are propagated and logged.
  return { spanProcessors: [new NoopSpanProcessor()], sampler: new AlwaysOffSampler() };
}

/** Health probes and Prometheus's scrapes come every few seconds and are not worth a trace each. */
function isProbeOrScrape(request: IncomingMessage): boolean {
  const path = request.url ?? '';
  return path.startsWith('/health/') || path.startsWith('/metrics');
}
