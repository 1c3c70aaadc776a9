// The first import of main.ts: OpenTelemetry instruments only what is loaded after it starts.
import { startTracing } from '@careers/runtime/tracing';

startTracing('onboarding');
