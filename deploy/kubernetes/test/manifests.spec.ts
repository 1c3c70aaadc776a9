import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { APP_NAMES } from '@careers/workspace-scripts';
import { applyPatch } from 'fast-json-patch';
import { idOf, type KubernetesObject, renderKustomization } from './kustomize-render';
import {
  configurationProblems,
  find,
  deploymentProblems,
  disruptionBudgetProblems,
  imageProblems,
  migrationProblems,
  natsClusterProblems,
  rolloutStepProblems,
  secretProblems,
  SERVICE_NAMES,
  webAppProblems,
} from './manifest-rules';
import { schemaProblems } from './schema-validation';

const ROOT = join(__dirname, '..');

/** Every kustomization a deployment may use, rendered. */
const RENDERINGS = ['base', 'overlays/nats-cluster', 'overlays/external-postgres', 'overlays/production'].map(
  (directory) => ({ directory, objects: renderKustomization(join(ROOT, directory)) }),
);

const rendering = (directory: string): KubernetesObject[] => {
  const found = RENDERINGS.find((each) => each.directory === directory);
  if (!found) throw new Error(`no rendering ${directory}`);
  return found.objects;
};

/** The base with one object broken by a JSON patch operation, to show a rule catches it. */
const patched = (kind: string, name: string, path: string, value?: unknown): KubernetesObject[] =>
  rendering('base').map((object) =>
    object.kind === kind && object.metadata.name === name
      ? applyPatch(
          object,
          [value === undefined ? { op: 'remove', path } : { op: 'replace', path, value }],
          true,
          false,
        ).newDocument
      : object,
  );

describe.each(RENDERINGS)('the Kubernetes manifests: $directory', ({ objects }) => {
  it('holds only objects valid against the Kubernetes API schemas', () => {
    expect(objects.flatMap(schemaProblems)).toEqual([]);
  });

  it.each(APP_NAMES)('runs %s with probes on its health paths, resources and a disruption budget', (app) => {
    expect([...deploymentProblems(objects, app), ...disruptionBudgetProblems(objects, app)]).toEqual([]);
  });

  it.each(SERVICE_NAMES)("runs %s's migrations before its rollout", (service) => {
    expect(migrationProblems(objects, service)).toEqual([]);
  });

  it('puts every object in a step of the rollout', () => {
    expect(rolloutStepProblems(objects)).toEqual([]);
  });

  it.each(APP_NAMES)('configures %s from ConfigMaps and Secrets as its schema requires', (app) => {
    expect(configurationProblems(objects, app)).toEqual([]);
  });

  it('holds no secret, names every image consistently and serves the web app', () => {
    expect([...secretProblems(objects), ...imageProblems(objects), ...webAppProblems(objects)]).toEqual([]);
  });
});

describe('the overlays', () => {
  it('run NATS as a cluster of three JetStream nodes where asked, one elsewhere', () => {
    expect(natsClusterProblems(rendering('overlays/nats-cluster'), 3)).toEqual([]);
    expect(natsClusterProblems(rendering('overlays/production'), 3)).toEqual([]);
    expect(natsClusterProblems(rendering('base'), 3)).toContain('the StatefulSet nats does not run 3 nodes');
  });

  it('run no PostgreSQL in the cluster with an external one', () => {
    for (const directory of ['overlays/external-postgres', 'overlays/production']) {
      const postgres = rendering(directory).filter((object) => object.metadata.name === 'postgres');
      expect(postgres).toEqual([]);
    }
    expect(find(rendering('base'), 'StatefulSet', 'postgres')).toBeDefined();
  });

  it('put production in its namespace at one tagged release from its registry', () => {
    const objects = rendering('overlays/production');
    expect(objects.filter((object) => object.metadata.namespace !== 'careers').map(idOf)).toEqual([]);
    const gateway = find(objects, 'Deployment', 'gateway');
    const [container] = (gateway?.['spec'] as { template: { spec: { containers: { image: string }[] } } })
      .template.spec.containers;
    expect(container.image).toBe('registry.example.com/careers/careers-gateway:1.0.0');
  });
});

describe('the rules catch a broken manifest', () => {
  it('rejects an object against the schema, and a kind the API does not have', () => {
    const deployment = find(rendering('base'), 'Deployment', 'identity') as KubernetesObject;
    expect(
      schemaProblems(
        applyPatch(deployment, [{ op: 'replace', path: '/spec/replicas', value: 'two' }], true, false)
          .newDocument,
      ),
    ).toEqual([expect.stringContaining('spec/replicas must be integer')]);
    expect(schemaProblems({ ...deployment, kind: 'Deploymnet' })).toEqual([
      expect.stringContaining('no Kubernetes kind Deploymnet'),
    ]);
  });

  it('finds a missing probe, a missing budget, a migration after its rollout, a literal secret, an unlabelled object', () => {
    const probePath = '/spec/template/spec/containers/0/readinessProbe';
    expect(deploymentProblems(patched('Deployment', 'directory', probePath), 'directory')).toContain(
      'Deployment directory: readinessProbe is not GET /health/ready',
    );
    const withoutBudget = rendering('base').filter(
      (object) => !(object.kind === 'PodDisruptionBudget' && object.metadata.name === 'importer'),
    );
    expect(disruptionBudgetProblems(withoutBudget, 'importer')).toHaveLength(1);
    const wave = '/metadata/annotations/argocd.argoproj.io~1sync-wave';
    expect(migrationProblems(patched('Job', 'onboarding-migrate', wave, '0'), 'onboarding')).toContain(
      "Job onboarding-migrate: not in a wave before onboarding's",
    );
    const databaseUrl = { name: 'DATABASE_URL', value: 'postgres://careers:hunter2@db/careers' };
    const leaked = patched('Deployment', 'importer', '/spec/template/spec/containers/0/env/0', databaseUrl);
    expect(secretProblems(leaked)).toEqual(['Deployment importer: DATABASE_URL is a literal']);
    const unlabelled = patched('Service', 'nats', '/metadata/labels/app.kubernetes.io~1component');
    expect(rolloutStepProblems(unlabelled)).toEqual([
      'Service nats: no app.kubernetes.io/component, so no step of a rollout applies it',
    ]);
  });

  it("finds a configuration the app's schema refuses", () => {
    const objects = patched('ConfigMap', 'careers-config', '/data/NATS_URL');
    expect(configurationProblems(objects, 'gateway')).toEqual([
      expect.stringContaining('NATS_URL must be set to one or more nats:// URLs'),
    ]);
  });

  it('refuses a kustomization using more of kustomize than the renderer knows', () => {
    const directory = mkdtempSync(join(tmpdir(), 'kustomization-'));
    try {
      writeFileSync(join(directory, 'kustomization.yaml'), 'kind: Kustomization\ncommonLabels: { a: b }\n');
      expect(() => renderKustomization(directory)).toThrow('does not know commonLabels');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

/** Where kubectl is installed, its kustomize renders every kustomization exactly as the test's renderer does. */
const kubectl = (() => {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

(kubectl ? it : it.skip).each(RENDERINGS)(
  'renders $directory as kubectl kustomize does',
  ({ directory, objects }) => {
    const output = execFileSync('kubectl', ['kustomize', join(ROOT, directory)], { encoding: 'utf8' });
    const byId = (list: KubernetesObject[]): Record<string, KubernetesObject> =>
      Object.fromEntries(list.map((object) => [idOf(object), object]));
    const rendered = parseAllDocuments(output).map((document) => document.toJS() as KubernetesObject);
    expect(byId(objects)).toEqual(byId(rendered));
  },
);
