import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { ConfigError } from './config-error';

export type Environment = Record<string, string | undefined>;

/**
 * Reads an app's configuration from environment variables into its schema class and validates it. This is the
 * one place that reads `process.env`.
 */
export function loadConfig<T extends object>(schema: ClassConstructor<T>, env: Environment = process.env): T {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const config = plainToInstance(schema, present, { enableImplicitConversion: true });
  const errors = validateSync(config, { forbidUnknownValues: false, stopAtFirstError: true });
  const problems = [...errors.flatMap(describe), ...violations(config)];
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** A schema whose variables must also agree with each other says how they do not. */
interface CrossChecked {
  violations(): string[];
}

function violations(config: object): string[] {
  const checked = config as Partial<CrossChecked>;
  return typeof checked.violations === 'function' ? checked.violations() : [];
}

function describe(error: ValidationError): string[] {
  return Object.values(error.constraints ?? {}).map((message) =>
    message.startsWith(error.property) ? message : `${error.property}: ${message}`,
  );
}
