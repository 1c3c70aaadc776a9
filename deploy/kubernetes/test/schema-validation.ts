import * as models from 'kubernetes-models';
import type { KubernetesObject } from './kustomize-render';

interface ModelClass {
  new (data: object): { validate(): void };
}

/**
 * Checks an object against the Kubernetes API schema of its apiVersion and kind with kubernetes-models (its class for
 * that kind validates types, required fields, enums and formats such as quantities). Returns the problems, none when
 * it is valid; an apiVersion or kind the Kubernetes API does not have is one.
 */
export function schemaProblems(object: KubernetesObject): string[] {
  const model = modelOf(object.apiVersion, object.kind);
  const name = `${object.kind} ${object.metadata?.name}`;
  if (!model) return [`${name}: no Kubernetes kind ${object.kind} in ${object.apiVersion}`];
  try {
    new model(object).validate();
    return [];
  } catch (error) {
    return [`${name}: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** kubernetes-models exports each API group under its name in camel case (`networking.k8s.io` as networkingK8sIo). */
function modelOf(apiVersion: string, kind: string): ModelClass | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const api = models as unknown as Record<string, unknown>;
  const groupKey = group.replace(/\.([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  const versions = (group === '' ? api : api[groupKey]) as
    | Record<string, Record<string, unknown> | undefined>
    | undefined;
  const model = versions?.[version]?.[kind];
  return typeof model === 'function' ? (model as ModelClass) : undefined;
}
