import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min, registerDecorator } from 'class-validator';
import type { NatsAuth, NatsSettings } from '@careers/rpc';
import { accessSync, constants } from 'node:fs';

const NATS_URLS = /^(nats|tls|ws|wss):\/\/[^\s,]+(,\s*(nats|tls|ws|wss):\/\/[^\s,]+)*$/;
/** A user's NKey seed: `SU` and 56 more base32 characters. */
const USER_NKEY_SEED = /^SU[A-Z2-7]{56}$/;

/** A path the app can read, named by the variable of that name (the path is no secret; the file may hold one). */
function ReadableFile(variable: string): (target: object, key: string) => void {
  return (target, key) => {
    IsOptional()(target, key);
    registerDecorator({
      target: target.constructor,
      propertyName: key,
      options: { message: `${variable} must be the path of a file this app can read` },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          try {
            accessSync(value, constants.R_OK);
            return true;
          } catch {
            return false;
          }
        },
      },
    });
  };
}

/** The ways to authenticate to NATS, each by the variables it takes: one at most is set. */
const AUTH_METHODS = [
  ['NATS_USER', 'NATS_PASSWORD'],
  ['NATS_TOKEN'],
  ['NATS_NKEY_SEED'],
  ['NATS_NKEY_SEED_FILE'],
  ['NATS_CREDS'],
] as const;

/** Where NATS is, how to authenticate and encrypt, and how many copies JetStream keeps: every app reads it. */
export class NatsConfig {
  @Matches(NATS_URLS, { message: 'NATS_URL must be set to one or more nats:// URLs, comma-separated' })
  NATS_URL!: string;

  /** Replicas of the EVENTS stream and of the buckets: 1 on one server, 3 on a three-node cluster. */
  @Min(1, { message: 'NATS_STREAM_REPLICAS must be between 1 and 5' })
  @Max(5, { message: 'NATS_STREAM_REPLICAS must be between 1 and 5' })
  @Type(() => Number)
  @IsInt({ message: 'NATS_STREAM_REPLICAS must be a whole number' })
  NATS_STREAM_REPLICAS = 1;

  NATS_USER?: string;
  NATS_PASSWORD?: string;
  NATS_TOKEN?: string;

  @IsOptional()
  @Matches(USER_NKEY_SEED, {
    message: 'NATS_NKEY_SEED must be a user NKey seed (SU followed by 56 characters)',
  })
  NATS_NKEY_SEED?: string;

  /** A file holding a user NKey seed. */
  @ReadableFile('NATS_NKEY_SEED_FILE')
  NATS_NKEY_SEED_FILE?: string;

  /** A `.creds` file: a user JWT and its NKey seed, as `nsc` writes it. */
  @ReadableFile('NATS_CREDS')
  NATS_CREDS?: string;

  @ReadableFile('NATS_TLS_CA')
  NATS_TLS_CA?: string;

  @ReadableFile('NATS_TLS_CERT')
  NATS_TLS_CERT?: string;

  @ReadableFile('NATS_TLS_KEY')
  NATS_TLS_KEY?: string;

  /** What the variables cannot say one by one: the pairs that go together, and one way to authenticate at most. */
  violations(): string[] {
    const problems: string[] = [];
    const given = (name: keyof NatsConfig) => this[name] !== undefined;
    if (given('NATS_USER') !== given('NATS_PASSWORD')) {
      problems.push('NATS_USER and NATS_PASSWORD must be set together');
    }
    if (given('NATS_TLS_CERT') !== given('NATS_TLS_KEY')) {
      problems.push(
        'NATS_TLS_CERT and NATS_TLS_KEY must be set together (a client certificate needs its key)',
      );
    }
    const methods = AUTH_METHODS.filter((variables) => variables.some(given)).map((variables) =>
      variables.join('/'),
    );
    if (methods.length > 1) {
      problems.push(`Set one way to authenticate to NATS, not ${methods.length}: ${methods.join(', ')}`);
    }
    return problems;
  }

  /** What the app's NATS connections are made from. */
  get nats(): NatsSettings {
    const tls = {
      ...(this.NATS_TLS_CA ? { caFile: this.NATS_TLS_CA } : {}),
      ...(this.NATS_TLS_CERT ? { certFile: this.NATS_TLS_CERT } : {}),
      ...(this.NATS_TLS_KEY ? { keyFile: this.NATS_TLS_KEY } : {}),
    };
    const auth = this.natsAuth();
    return {
      servers: this.NATS_URL,
      streamReplicas: this.NATS_STREAM_REPLICAS,
      ...(auth ? { auth } : {}),
      ...(Object.keys(tls).length > 0 ? { tls } : {}),
    };
  }

  private natsAuth(): NatsAuth | undefined {
    if (this.NATS_USER !== undefined && this.NATS_PASSWORD !== undefined)
      return { user: this.NATS_USER, password: this.NATS_PASSWORD };
    if (this.NATS_TOKEN !== undefined) return { token: this.NATS_TOKEN };
    if (this.NATS_NKEY_SEED !== undefined) return { nkeySeed: this.NATS_NKEY_SEED };
    if (this.NATS_NKEY_SEED_FILE !== undefined) return { nkeySeedFile: this.NATS_NKEY_SEED_FILE };
    if (this.NATS_CREDS !== undefined) return { credsFile: this.NATS_CREDS };
    return undefined;
  }
}
