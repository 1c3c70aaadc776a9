import type { ClassConstructor } from 'class-transformer';
import { MailingServiceConfig } from '@careers/mail';
import { AppConfig, loadConfig, ServiceConfig } from '@careers/runtime';
import { APP_NAMES, type AppName } from '@careers/workspace-scripts';
import { type KubernetesObject, podContainers, splitImage } from './kustomize-render';

/**
 * The project's own rules for its Kubernetes manifests, over a rendered set of objects. Each returns the problems it
 * finds, none when the objects keep the rule.
 */

/** The services: every app but the gateway, each with its own database schema and migrations. */
export const SERVICE_NAMES: readonly AppName[] = APP_NAMES.filter((app) => app !== 'gateway');

/**
 * The configuration schema each app validates its environment with at start, as far as the shared libraries hold it
 * (an app's own class, e.g. IdentityConfig, lives in the app, which a project outside it may not import: what only it
 * requires is a rule below).
 */
const CONFIG_SCHEMAS: Record<AppName, ClassConstructor<AppConfig>> = {
  gateway: AppConfig,
  identity: MailingServiceConfig,
  directory: ServiceConfig,
  onboarding: MailingServiceConfig,
  importer: ServiceConfig,
};

/** The variables each app must take from a Secret: credentials, and what production requires that has no default. */
const SECRET_VARIABLES: Record<AppName, readonly string[]> = {
  gateway: [],
  identity: ['DATABASE_URL', 'SMTP_URL', 'ACCESS_TOKEN_PRIVATE_KEY', 'SINGLE_SIGN_ON_SECRET_KEY'],
  directory: ['DATABASE_URL'],
  onboarding: ['DATABASE_URL', 'SMTP_URL'],
  importer: ['DATABASE_URL'],
};

/** Stand-ins for the Secrets' values, shaped as the apps' schemas want them, to check the rest of the configuration. */
const SECRET_SAMPLES: Record<string, string> = {
  DATABASE_URL: 'postgres://careers:sample@postgres:5432/careers',
  SMTP_URL: 'smtps://careers:sample@smtp.example.com:465',
  ACCESS_TOKEN_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\nsample\n-----END PRIVATE KEY-----',
  SINGLE_SIGN_ON_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
};

/** Names of variables that hold a credential, or a URL that may carry one: never a literal in a manifest. */
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|PRIVATE_KEY|DATABASE_URL|SMTP_URL/;

/** The memory the image's Node.js flags let an app use (libs/local-infra/src/lib/app-node-flags.ts). */
const APP_MEMORY_BYTES = 512 * 1024 * 1024;

interface Probe {
  httpGet?: { path?: string; port?: string | number };
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    configMapKeyRef?: { name: string; key: string };
    secretKeyRef?: { name: string; key: string; optional?: boolean };
    fieldRef?: { fieldPath: string };
  };
}

interface Container {
  name: string;
  image: string;
  command?: string[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { runAsNonRoot?: boolean; readOnlyRootFilesystem?: boolean };
}

interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec: { containers: Container[]; securityContext?: { runAsNonRoot?: boolean } };
}

/** What a container's environment resolves to: literal and ConfigMap values, and the variables a Secret gives. */
export interface ResolvedEnvironment {
  values: Record<string, string>;
  fromSecret: { variable: string; optional: boolean }[];
  problems: string[];
}

export function find(objects: KubernetesObject[], kind: string, name: string): KubernetesObject | undefined {
  return objects.find((object) => object.kind === kind && object.metadata.name === name);
}

function podTemplate(object: KubernetesObject): PodTemplate {
  return (object['spec'] as { template: PodTemplate }).template;
}

function mainContainer(object: KubernetesObject): Container | undefined {
  return podTemplate(object).spec.containers[0];
}

function wave(object: KubernetesObject): number {
  return Number(object.metadata.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);
}

function configMapData(objects: KubernetesObject[], name: string): Record<string, string> | undefined {
  return find(objects, 'ConfigMap', name)?.['data'] as Record<string, string> | undefined;
}

export function resolveEnvironment(objects: KubernetesObject[], container: Container): ResolvedEnvironment {
  const resolved: ResolvedEnvironment = { values: {}, fromSecret: [], problems: [] };
  for (const source of container.envFrom ?? []) {
    if (source.secretRef)
      resolved.problems.push(`${container.name}: name each Secret key (env), not envFrom`);
    if (!source.configMapRef) continue;
    const data = configMapData(objects, source.configMapRef.name);
    if (data) Object.assign(resolved.values, data);
    else resolved.problems.push(`${container.name}: no ConfigMap ${source.configMapRef.name}`);
  }
  for (const variable of container.env ?? []) {
    const { configMapKeyRef, secretKeyRef } = variable.valueFrom ?? {};
    if (variable.value !== undefined) resolved.values[variable.name] = variable.value;
    else if (configMapKeyRef) {
      const value = configMapData(objects, configMapKeyRef.name)?.[configMapKeyRef.key];
      if (value === undefined) {
        resolved.problems.push(`${container.name}: ${variable.name} from a missing ConfigMap key`);
      } else resolved.values[variable.name] = value;
    } else if (secretKeyRef) {
      resolved.fromSecret.push({ variable: variable.name, optional: secretKeyRef.optional === true });
    }
  }
  return resolved;
}

/** Each app's Deployment: probes on its health paths and HTTP port, resources, non-root, rolled out with no gap. */
export function deploymentProblems(objects: KubernetesObject[], app: AppName): string[] {
  const deployment = find(objects, 'Deployment', app);
  if (!deployment) return [`no Deployment ${app}`];
  const container = mainContainer(deployment);
  if (!container || container.name !== app)
    return [`Deployment ${app}: its first container is not named ${app}`];
  const problems: string[] = [];
  const port = Number(resolveEnvironment(objects, container).values['PORT']);
  const probes: [string, Probe | undefined, string][] = [
    ['readinessProbe', container.readinessProbe, '/health/ready'],
    ['livenessProbe', container.livenessProbe, '/health/live'],
  ];
  for (const [probeName, probe, path] of probes) {
    if (probe?.httpGet?.path !== path) problems.push(`Deployment ${app}: ${probeName} is not GET ${path}`);
    const probePort = probe?.httpGet?.port;
    const portNumber = container.ports?.find((each) => each.name === probePort)?.containerPort ?? probePort;
    if (portNumber !== port) problems.push(`Deployment ${app}: ${probeName} is not on PORT (${port})`);
  }
  const { requests = {}, limits = {} } = container.resources ?? {};
  if (!requests['cpu'] || !requests['memory']) problems.push(`Deployment ${app}: no cpu and memory requests`);
  if (bytes(limits['memory']) < APP_MEMORY_BYTES) {
    problems.push(`Deployment ${app}: a memory limit below the 512 MiB the app's Node.js flags let it use`);
  }
  const podSecurity = podTemplate(deployment).spec.securityContext;
  if (!(container.securityContext?.runAsNonRoot ?? podSecurity?.runAsNonRoot)) {
    problems.push(`Deployment ${app}: may run as root`);
  }
  if (!container.securityContext?.readOnlyRootFilesystem) {
    problems.push(`Deployment ${app}: its root filesystem is writable`);
  }
  const spec = deployment['spec'] as {
    replicas?: number;
    strategy?: { rollingUpdate?: { maxUnavailable?: number | string } };
  };
  if ((spec.replicas ?? 1) < 2) problems.push(`Deployment ${app}: fewer than two replicas`);
  if (spec.strategy?.rollingUpdate?.maxUnavailable !== 0) {
    problems.push(`Deployment ${app}: a rollout may take a replica away before its successor is ready`);
  }
  return problems;
}

/** A PodDisruptionBudget selecting each app's pods and allowing a drain. */
export function disruptionBudgetProblems(objects: KubernetesObject[], app: AppName): string[] {
  const deployment = find(objects, 'Deployment', app);
  if (!deployment) return [`no Deployment ${app}`];
  const labels = podTemplate(deployment).metadata?.labels ?? {};
  const budgets = objects.filter((object) => {
    if (object.kind !== 'PodDisruptionBudget') return false;
    const selector = (object['spec'] as { selector?: { matchLabels?: Record<string, string> } }).selector;
    const wanted = Object.entries(selector?.matchLabels ?? {});
    return wanted.length > 0 && wanted.every(([key, value]) => labels[key] === value);
  });
  if (budgets.length !== 1)
    return [`Deployment ${app}: ${budgets.length} PodDisruptionBudgets select its pods`];
  const spec = budgets[0]['spec'] as { maxUnavailable?: number | string; minAvailable?: number | string };
  return spec.maxUnavailable === undefined && spec.minAvailable === undefined
    ? [`PodDisruptionBudget ${budgets[0].metadata.name}: neither maxUnavailable nor minAvailable`]
    : [];
}

/**
 * Each service's migration Job runs before its Deployment rolls out: it is in the first step of a rollout (its
 * component is not `server`, so `kubectl apply -l 'app.kubernetes.io/component!=server'` applies it, and the
 * ConfigMaps it reads, without the apps) and in an earlier Argo CD wave than the Deployment; it runs the same image's
 * `main.js migrate` with the same configuration; and the service never migrates at start.
 */
export function migrationProblems(objects: KubernetesObject[], service: AppName): string[] {
  const deployment = find(objects, 'Deployment', service);
  const job = objects.find(
    (object) =>
      object.kind === 'Job' &&
      object.metadata.labels?.['app.kubernetes.io/name'] === service &&
      object.metadata.labels?.['app.kubernetes.io/component'] === 'migration',
  );
  if (!deployment || !job) return [`${service}: no Deployment or no migration Job`];
  const problems: string[] = [];
  const [app, migrate] = [mainContainer(deployment), mainContainer(job)];
  if (!app || !migrate) return [`${service}: a pod template without containers`];
  if (migrate.image !== app.image) problems.push(`Job ${job.metadata.name}: not the Deployment's image`);
  if (migrate.command?.[0] !== 'node' || migrate.command.slice(-2).join(' ') !== 'main.js migrate') {
    problems.push(`Job ${job.metadata.name}: does not run node ... main.js migrate`);
  }
  const sources = (container: Container): string => JSON.stringify([container.envFrom, container.env]);
  if (sources(migrate) !== sources(app)) {
    problems.push(`Job ${job.metadata.name}: not the Deployment's configuration`);
  }
  if (wave(job) >= wave(deployment))
    problems.push(`Job ${job.metadata.name}: not in a wave before ${service}'s`);
  for (const source of migrate.envFrom ?? []) {
    const configMap = source.configMapRef && find(objects, 'ConfigMap', source.configMapRef.name);
    if (!configMap) continue;
    if (
      configMap.metadata.labels?.['app.kubernetes.io/component'] === 'server' ||
      wave(configMap) >= wave(job)
    ) {
      problems.push(`ConfigMap ${configMap.metadata.name}: not applied before the Job ${job.metadata.name}`);
    }
  }
  if (resolveEnvironment(objects, app).values['MIGRATE_ON_START'] !== 'false') {
    problems.push(`Deployment ${service}: MIGRATE_ON_START is not false`);
  }
  return problems;
}

/**
 * Every object is applied by one step of a rollout (docs/operations.md, "Kubernetes"): the first applies what is not
 * an app's (`app.kubernetes.io/component!=server`), the second each app's objects by its name.
 */
export function rolloutStepProblems(objects: KubernetesObject[]): string[] {
  return objects.flatMap((object) => {
    const labels = object.metadata.labels ?? {};
    const component = labels['app.kubernetes.io/component'];
    const name = `${object.kind} ${object.metadata.name}`;
    if (!component) return [`${name}: no app.kubernetes.io/component, so no step of a rollout applies it`];
    if (component === 'server' && !APP_NAMES.some((app) => app === labels['app.kubernetes.io/name'])) {
      return [`${name}: an app's object whose app.kubernetes.io/name is no app`];
    }
    return [];
  });
}

/**
 * Each app's environment passes its configuration schema, with the Secrets' variables stood in for; what production
 * requires and credentials come from a Secret, never a literal.
 */
export function configurationProblems(objects: KubernetesObject[], app: AppName): string[] {
  const deployment = find(objects, 'Deployment', app);
  const container = deployment && mainContainer(deployment);
  if (!container) return [`no Deployment ${app}`];
  const { values, fromSecret, problems } = resolveEnvironment(objects, container);
  const required = fromSecret.filter((each) => !each.optional).map((each) => each.variable);
  for (const variable of SECRET_VARIABLES[app]) {
    if (!required.includes(variable)) problems.push(`Deployment ${app}: ${variable} not from a Secret`);
  }
  if (values['NODE_ENV'] !== 'production') problems.push(`Deployment ${app}: NODE_ENV is not production`);
  const samples = Object.fromEntries(
    required.map((variable) => [variable, SECRET_SAMPLES[variable] ?? 'sample']),
  );
  try {
    loadConfig(CONFIG_SCHEMAS[app], { ...values, ...samples });
  } catch (error) {
    problems.push(`Deployment ${app}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return problems;
}

/** No credential in the manifests: no Secret objects with data, no literal secret variable, no password in a URL. */
export function secretProblems(objects: KubernetesObject[]): string[] {
  const problems: string[] = [];
  for (const object of objects) {
    const name = `${object.kind} ${object.metadata.name}`;
    if (object.kind === 'Secret') problems.push(`${name}: a Secret in the manifests`);
    if (object.kind === 'ConfigMap') {
      for (const [key, value] of Object.entries((object['data'] ?? {}) as Record<string, string>)) {
        if (SECRET_NAME.test(key) || hasUrlCredentials(value)) problems.push(`${name}: ${key} looks secret`);
      }
    }
    for (const container of podContainers(object) as Container[]) {
      for (const variable of container.env ?? []) {
        const literal = variable.value ?? '';
        if ((SECRET_NAME.test(variable.name) && variable.value !== undefined) || hasUrlCredentials(literal)) {
          problems.push(`${name}: ${variable.name} is a literal`);
        }
      }
    }
  }
  return problems;
}

function hasUrlCredentials(value: string): boolean {
  return /\w+:\/\/[^/\s@]+:[^/\s@]+@/.test(value);
}

/**
 * Every app runs the image careers-<app> (as the Dockerfile's build tags it), from one registry path and one release:
 * the same prefix and tag for all.
 */
export function imageProblems(objects: KubernetesObject[]): string[] {
  const problems: string[] = [];
  const prefixes = new Set<string>();
  const tags = new Set<string>();
  for (const object of objects) {
    const app = APP_NAMES.find((name) => name === object.metadata.labels?.['app.kubernetes.io/name']);
    if (!app || !['Deployment', 'Job'].includes(object.kind)) continue;
    for (const container of podContainers(object)) {
      const { name, tag } = splitImage(container.image);
      if (!name.endsWith(`careers-${app}`) || /[^/]$/.test(name.slice(0, -`careers-${app}`.length))) {
        problems.push(`${object.kind} ${object.metadata.name}: runs ${container.image}, not careers-${app}`);
      }
      prefixes.add(name.slice(0, -`careers-${app}`.length));
      tags.add(tag ?? '');
    }
  }
  if (prefixes.size > 1) problems.push(`the apps' images come from ${[...prefixes].join(', ')}`);
  if (tags.size > 1) problems.push(`the apps' images are at different releases: ${[...tags].join(', ')}`);
  return problems;
}

/** The gateway serves the web app: a Service and an Ingress route `/` to it, and mail links to that host. */
export function webAppProblems(objects: KubernetesObject[]): string[] {
  const problems: string[] = [];
  const service = find(objects, 'Service', 'gateway')?.['spec'] as
    | { selector?: Record<string, string>; ports?: { name?: string; targetPort?: string | number }[] }
    | undefined;
  const deployment = find(objects, 'Deployment', 'gateway');
  const labels = deployment ? (podTemplate(deployment).metadata?.labels ?? {}) : {};
  const selects = Object.entries(service?.selector ?? {}).every(([key, value]) => labels[key] === value);
  if (!service || !selects || !service.ports?.some((port) => port.targetPort === 'http')) {
    problems.push('no Service sends to the gateway pods on their http port');
  }
  const ingress = find(objects, 'Ingress', 'gateway')?.['spec'] as
    | {
        rules?: {
          host?: string;
          http?: { paths: { path?: string; pathType: string; backend: { service?: { name: string } } }[] };
        }[];
      }
    | undefined;
  const rule = ingress?.rules?.find((each) =>
    each.http?.paths.some(
      (path) => path.path === '/' && path.pathType === 'Prefix' && path.backend.service?.name === 'gateway',
    ),
  );
  if (!rule) problems.push('no Ingress routes / to the gateway');
  const container = deployment && mainContainer(deployment);
  if (container && resolveEnvironment(objects, container).values['WEB_ROOT'] !== undefined) {
    problems.push('the gateway is told WEB_ROOT: the image serves the web app from its own /web');
  }
  for (const service of ['identity', 'onboarding'] as const) {
    const mailer = find(objects, 'Deployment', service);
    const url =
      mailer && resolveEnvironment(objects, mainContainer(mailer) as Container).values['WEB_APP_URL'];
    if (!url || new URL(url).host !== rule?.host) {
      problems.push(`Deployment ${service}: WEB_APP_URL is not the Ingress's host ${rule?.host}`);
    }
  }
  return problems;
}

/** NATS as a JetStream cluster of `size` nodes, each routed to the others, and the apps told every node. */
export function natsClusterProblems(objects: KubernetesObject[], size: number): string[] {
  const problems: string[] = [];
  const statefulSet = find(objects, 'StatefulSet', 'nats');
  if ((statefulSet?.['spec'] as { replicas?: number } | undefined)?.replicas !== size) {
    problems.push(`the StatefulSet nats does not run ${size} nodes`);
  }
  const config = configMapData(objects, 'nats-config')?.['nats.conf'] ?? '';
  const appSettings = configMapData(objects, 'careers-config') ?? {};
  const clients = (appSettings['NATS_URL'] ?? '').split(',');
  for (let node = 0; node < size; node++) {
    if (!config.includes(`nats://nats-${node}.nats-headless:6222`)) problems.push(`no route to nats-${node}`);
    if (!clients.includes(`nats://nats-${node}.nats-headless:4222`))
      problems.push(`NATS_URL misses nats-${node}`);
  }
  if (!/server_name: \$SERVER_NAME/.test(config))
    problems.push('the NATS nodes are not named after their pods');
  if (appSettings['NATS_STREAM_REPLICAS'] !== String(size)) {
    problems.push(`NATS_STREAM_REPLICAS is not ${size}`);
  }
  const headless = find(objects, 'Service', 'nats-headless')?.['spec'] as
    | { clusterIP?: string; publishNotReadyAddresses?: boolean }
    | undefined;
  if (headless?.clusterIP !== 'None' || !headless.publishNotReadyAddresses) {
    problems.push('the Service nats-headless does not name every node, ready or not');
  }
  if (!find(objects, 'PodDisruptionBudget', 'nats')) problems.push('no PodDisruptionBudget for NATS');
  return problems;
}

/** A Kubernetes memory quantity in bytes (binary and decimal suffixes); 0 when absent. */
function bytes(quantity: string | undefined): number {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(quantity ?? '');
  if (!match) return 0;
  const units: Record<string, number> = {
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
  };
  return Number(match[1]) * (match[2] ? units[match[2]] : 1);
}
