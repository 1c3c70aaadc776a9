import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { applyPatch as applyJsonPatch, type Operation } from 'fast-json-patch';

/** A Kubernetes object as the manifests hold it. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [field: string]: unknown;
}

interface PatchTarget {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
}

interface Patch {
  path?: string;
  patch?: string;
  target?: PatchTarget;
}

interface ImageOverride {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

interface Kustomization {
  apiVersion: string;
  kind: 'Kustomization' | 'Component';
  resources?: string[];
  components?: string[];
  patches?: Patch[];
  images?: ImageOverride[];
  namespace?: string;
}

const SUPPORTED_FIELDS = ['apiVersion', 'kind', 'resources', 'components', 'patches', 'images', 'namespace'];

/**
 * Renders a kustomization directory as `kustomize build` does, for the part of kustomize the manifests under deploy/
 * use: resources (files and directories), components, patches (JSON 6902 operations against a target, or a
 * strategic-merge patch that only deletes an object), images and namespace. Anything else throws, so a manifest using
 * more of kustomize fails the test until this learns it, rather than being rendered wrong.
 */
export function renderKustomization(directory: string): KubernetesObject[] {
  const kustomization = readKustomization(directory);
  if (kustomization.kind !== 'Kustomization') throw new Error(`${directory} is a ${kustomization.kind}`);
  return build(directory, kustomization, []);
}

/** A kustomization's objects; a component's start from those of the kustomization that names it. */
function build(
  directory: string,
  kustomization: Kustomization,
  inherited: KubernetesObject[],
): KubernetesObject[] {
  let objects = inherited;
  for (const entry of kustomization.resources ?? [])
    objects = addAll(objects, loadResource(directory, entry));
  for (const entry of kustomization.components ?? []) {
    const componentDir = resolve(directory, entry);
    const component = readKustomization(componentDir);
    if (component.kind !== 'Component') throw new Error(`${componentDir} is not a Component`);
    objects = build(componentDir, component, objects);
  }
  for (const patch of kustomization.patches ?? []) objects = applyPatch(directory, patch, objects);
  for (const image of kustomization.images ?? []) objects = objects.map((object) => setImage(object, image));
  const namespace = kustomization.namespace;
  if (namespace)
    objects = objects.map((object) => ({ ...object, metadata: { ...object.metadata, namespace } }));
  return objects;
}

function readKustomization(directory: string): Kustomization {
  const file = join(directory, 'kustomization.yaml');
  const kustomization = parse(readFileSync(file, 'utf8')) as Kustomization;
  const unsupported = Object.keys(kustomization).filter((field) => !SUPPORTED_FIELDS.includes(field));
  if (unsupported.length > 0)
    throw new Error(`${file}: this renderer does not know ${unsupported.join(', ')}`);
  return kustomization;
}

function loadResource(directory: string, entry: string): KubernetesObject[] {
  const path = resolve(directory, entry);
  if (!existsSync(path)) throw new Error(`${directory}: resource ${entry} does not exist`);
  if (statSync(path).isDirectory()) return renderKustomization(path);
  return parseAllDocuments(readFileSync(path, 'utf8')).map((document) => {
    if (document.errors.length > 0) throw new Error(`${path}: ${document.errors[0].message}`);
    return document.toJS() as KubernetesObject;
  });
}

/** Adds objects, refusing one that is already there (same kind, name and namespace), as kustomize does. */
function addAll(objects: KubernetesObject[], added: KubernetesObject[]): KubernetesObject[] {
  const result = [...objects];
  for (const object of added) {
    if (result.some((existing) => sameObject(existing, object))) throw new Error(`${idOf(object)} twice`);
    result.push(object);
  }
  return result;
}

function applyPatch(directory: string, patch: Patch, objects: KubernetesObject[]): KubernetesObject[] {
  const text = patch.path ? readFileSync(resolve(directory, patch.path), 'utf8') : patch.patch;
  if (text === undefined) throw new Error(`${directory}: a patch with neither path nor patch`);
  const content: unknown = parse(text);
  if (Array.isArray(content)) {
    if (!patch.target) throw new Error(`${directory}: a JSON patch needs a target`);
    const target = patch.target;
    if (!objects.some((object) => matches(object, target))) {
      throw new Error(`${directory}: no object matches the patch target ${JSON.stringify(target)}`);
    }
    const operations = content as Operation[];
    return objects.map((object) =>
      matches(object, target) ? applyJsonPatch(object, operations, true, false).newDocument : object,
    );
  }
  const deletion = content as KubernetesObject & { $patch?: string };
  if (deletion.$patch !== 'delete' || patch.target) {
    throw new Error(`${directory}: this renderer applies JSON patches and $patch: delete only`);
  }
  const remaining = objects.filter((object) => !sameObject(object, deletion));
  if (remaining.length === objects.length)
    throw new Error(`${directory}: ${idOf(deletion)} to delete is not there`);
  return remaining;
}

function matches(object: KubernetesObject, target: PatchTarget): boolean {
  const [group, version] = object.apiVersion.includes('/')
    ? object.apiVersion.split('/')
    : ['', object.apiVersion];
  return (
    (target.group === undefined || target.group === group) &&
    (target.version === undefined || target.version === version) &&
    (target.kind === undefined || target.kind === object.kind) &&
    (target.name === undefined || target.name === object.metadata.name)
  );
}

/** Points the containers (and init containers) running the image `name` at the new name, tag or digest. */
function setImage(object: KubernetesObject, override: ImageOverride): KubernetesObject {
  const result = structuredClone(object);
  for (const container of podContainers(result)) {
    const { name, tag } = splitImage(container.image);
    if (name !== override.name) continue;
    const newName = override.newName ?? name;
    if (override.digest) container.image = `${newName}@${override.digest}`;
    else {
      const newTag = override.newTag ?? tag;
      container.image = newTag ? `${newName}:${newTag}` : newName;
    }
  }
  return result;
}

/** The containers of an object's pod template (Deployment, StatefulSet, Job); none for other kinds. */
export function podContainers(object: KubernetesObject): { name: string; image: string }[] {
  const template = (object['spec'] as { template?: { spec?: PodSpecContainers } } | undefined)?.template;
  return [...(template?.spec?.initContainers ?? []), ...(template?.spec?.containers ?? [])];
}

interface PodSpecContainers {
  containers?: { name: string; image: string }[];
  initContainers?: { name: string; image: string }[];
}

/** An image reference's repository and tag (`registry:5000/a/b:1.0` is `registry:5000/a/b` and `1.0`). */
export function splitImage(image: string): { name: string; tag?: string } {
  const withoutDigest = image.split('@')[0];
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  return colon < 0
    ? { name: withoutDigest }
    : { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) };
}

function sameObject(a: KubernetesObject, b: KubernetesObject): boolean {
  return idOf(a) === idOf(b);
}

/** What kustomize tells objects apart by: API group, kind, namespace and name. */
export function idOf(object: KubernetesObject): string {
  const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : '';
  return `${group}/${object.kind} ${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}
