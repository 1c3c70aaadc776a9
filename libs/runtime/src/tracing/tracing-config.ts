import { IsOptional, IsString, IsUrl } from 'class-validator';

/**
 * What tracing reads before the app's own configuration: the OpenTelemetry SDK reads the other `OTEL_*` variables
 * (the sampler, the batch's delay, the exporter's headers) itself.
 */
export class TracingConfig {
  /** The collector's OTLP/HTTP address; unset, no span leaves the process. */
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL' },
  )
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** The `service.name` of the app's spans; the app's own name by default. */
  @IsOptional()
  @IsString({ message: 'OTEL_SERVICE_NAME must be a name' })
  OTEL_SERVICE_NAME?: string;
}
