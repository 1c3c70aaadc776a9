import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { EVENTS_STREAM, ReplyOf, RequestOf, RequestSubject } from '@careers/contracts';
import { firstValueFrom, timeout } from 'rxjs';
import { freePort, NatsCluster } from '@careers/local-infra';
import { connect } from 'nats';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppName, AppProcess } from './app-process';
import { ApiClient } from './http-client';
import { LoadBalancedClient } from './load-balanced-client';
import { REPO_ROOT } from './repo-root';
import { SmtpCatcher } from './smtp-catcher';
import { TestDatabase } from './test-database';
import { waitFor } from './wait-for';

export const TEST_ADMIN = { email: 'admin@example.test', password: 'test-admin-password' } as const;

export interface TestSystemOptions {
  apps: AppName[];
  /** Extra environment for every app (e.g. REQUEST_TIMEOUT_MS). */
  env?: Record<string, string>;
  /** The PostgreSQL server to make the database on (a URL of any database there); the tests' server by default. */
  postgresUrl?: string;
  /**
   * The mails' links lead to the gateway, which serves the built web app (dist/apps/web), as `npm start` runs it: for
   * tests in a browser. Otherwise they lead to http://web.test, which nothing serves.
   */
  webApp?: boolean;
  /**
   * NATS as a JetStream cluster of this many nats-server processes (the apps get every node in NATS_URL); one server
   * by default.
   */
  natsNodes?: number;
  /** How many processes of each app run side by side, as replicas behind a load balancer; one by default. */
  replicas?: number;
  /** The checkout whose built apps run (an older release's, for an upgrade): this one by default. */
  release?: string;
}

/**
 * The system under test for one test file: its own database and its own NATS server (so test files and a dev stack
 * never see each other's data, subjects or consumers) and the chosen apps as real processes.
 */
export class TestSystem {
  /** Each app's first (or only) process. */
  readonly apps = new Map<AppName, AppProcess>();
  /** Every process of each app, the first included. */
  readonly replicas = new Map<AppName, AppProcess[]>();
  private gatewayClient?: ApiClient;
  /** Gateways started on their own (`startAnotherGateway`), outside the load-balanced replicas. */
  private readonly moreGateways: AppProcess[] = [];

  private constructor(
    readonly db: TestDatabase,
    /** Its NATS: `url` is NATS_URL as the apps get it (one server's URL unless `natsNodes` asked for a cluster). */
    readonly nats: NatsCluster,
    /** Where the apps send mail; the test reads it here. */
    readonly smtp: SmtpCatcher,
    private readonly scratchDir: string,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {}

  static async start(options: TestSystemOptions): Promise<TestSystem> {
    const scratchDir = mkdtempSync(join(tmpdir(), 'careers-test-'));
    const db = await TestDatabase.create(options.postgresUrl);
    const nats = await NatsCluster.start({
      nodes: options.natsNodes ?? 1,
      storeDir: join(scratchDir, 'nats'),
    });
    const smtp = await SmtpCatcher.start();
    const logDir = join(REPO_ROOT, 'tmp/test-logs', `${Date.now()}-${randomBytes(3).toString('hex')}`);
    const env: Record<string, string> = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: db.url,
      NATS_URL: nats.url,
      BOOTSTRAP_ADMIN_EMAIL: TEST_ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: TEST_ADMIN.password,
      SMTP_URL: smtp.url,
      MAIL_RETRY_BASE_MS: '200',
      // Tests stop their systems often and their requests are quick.
      SHUTDOWN_GRACE_MS: '300',
      WEB_APP_URL: 'http://web.test',
      // One signing key for every identity replica, as a deployment sets it: each would make its own otherwise.
      ACCESS_TOKEN_PRIVATE_KEY: generateKeyPairSync('ed25519')
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
      // Tests log in and sign up far more often than people do; the rate-limit tests set their own limits.
      RATE_LIMIT_PER_IP: '10000',
      RATE_LIMIT_PER_ACCOUNT: '10000',
      ...options.env,
    };
    const system = new TestSystem(db, nats, smtp, scratchDir, env, logDir);
    const ports = new Map<AppName, number>();
    for (const name of options.apps) ports.set(name, await freePort());
    const gatewayPort = ports.get('gateway');
    if (options.webApp && gatewayPort !== undefined) env.WEB_APP_URL = `http://127.0.0.1:${gatewayPort}`;
    for (const [name, port] of ports) {
      const replicas = [new AppProcess(name, 1, port, await freePort(), env, logDir, options.release)];
      for (let replica = 2; replica <= (options.replicas ?? 1); replica++) {
        replicas.push(
          new AppProcess(name, replica, await freePort(), await freePort(), env, logDir, options.release),
        );
      }
      system.apps.set(name, replicas[0]);
      system.replicas.set(name, replicas);
    }
    const processes = [...system.replicas.values()].flat();
    try {
      // Each service's first replica (it migrates the schema), then the other replicas, then the gateways.
      const isService = (app: AppProcess) => app.name !== 'gateway';
      await Promise.all(
        processes.filter((app) => isService(app) && app.replica === 1).map((app) => app.start()),
      );
      await Promise.all(
        processes.filter((app) => isService(app) && app.replica > 1).map((app) => app.start()),
      );
      await Promise.all(processes.filter((app) => !isService(app)).map((app) => app.start()));
    } catch (error) {
      await system.stop();
      throw error;
    }
    return system;
  }

  /**
   * One more gateway process on the same NATS and services, with `env` over the system's, for a test to call on its
   * own (`system.api` does not send it requests). Stopped with the system.
   */
  async startAnotherGateway(env: Record<string, string> = {}): Promise<AppProcess> {
    const gateway = new AppProcess(
      'gateway',
      this.replicasOf('gateway').length + this.moreGateways.length + 1,
      await freePort(),
      await freePort(),
      { ...this.env, ...env },
      this.logDir,
    );
    this.moreGateways.push(gateway);
    await gateway.start();
    return gateway;
  }

  app(name: AppName): AppProcess {
    const app = this.apps.get(name);
    if (!app) throw new Error(`${name} is not part of this test system`);
    return app;
  }

  /** A client of the gateway; of all its replicas in turn when several run, as through a load balancer. */
  get api(): ApiClient {
    if (!this.gatewayClient) {
      const gateways = this.replicasOf('gateway');
      this.gatewayClient =
        gateways.length === 1
          ? new ApiClient(gateways[0].url)
          : new LoadBalancedClient(() =>
              gateways.filter((gateway) => gateway.inRotation).map((gateway) => gateway.url),
            );
    }
    return this.gatewayClient;
  }

  /** Every process of an app. */
  replicasOf(name: AppName): AppProcess[] {
    return this.replicas.get(name) ?? [this.app(name)];
  }

  adminToken(): Promise<string> {
    return this.api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  }

  /**
   * The newest event on a subject in the EVENTS stream (its whole envelope), waiting for one to be there, and, when
   * `about` is given, for the newest to be about it (its data has these values): events are published a moment
   * after the request that made them answered.
   */
  async lastEvent(subject: string, about: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const nc = await connect({ servers: this.nats.servers });
    const isAbout = (event: Record<string, unknown>) =>
      Object.entries(about).every(
        ([key, value]) => (event['data'] as Record<string, unknown>)?.[key] === value,
      );
    try {
      const jsm = await nc.jetstreamManager();
      return await waitFor(`an event on ${subject} about ${JSON.stringify(about)}`, () =>
        jsm.streams
          .getMessage(EVENTS_STREAM, { last_by_subj: subject })
          .then((message) => message.json<Record<string, unknown>>())
          .then((event) => (isAbout(event) ? event : undefined))
          .catch(() => undefined),
      );
    } finally {
      await nc.close();
    }
  }

  /**
   * Asks a service over NATS request/reply, as another service would (typed by the contracts). A refusal rejects
   * with the service's RPC error body (`{ kind, code, message, errors? }`).
   */
  async request<S extends RequestSubject>(subject: S, payload: RequestOf<S>): Promise<ReplyOf<S>> {
    const proxy = ClientProxyFactory.create({
      transport: Transport.NATS,
      options: { servers: this.nats.servers },
    });
    try {
      return await firstValueFrom(
        proxy.send<ReplyOf<S>, RequestOf<S>>(subject, payload).pipe(timeout(15_000)),
      );
    } finally {
      await proxy.close();
    }
  }

  async stop(): Promise<void> {
    await Promise.all([...[...this.replicas.values()].flat(), ...this.moreGateways].map((app) => app.stop()));
    await this.nats.stop();
    await this.smtp.stop();
    await this.db.drop();
    rmSync(this.scratchDir, { recursive: true, force: true });
  }
}
