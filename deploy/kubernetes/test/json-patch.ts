/**
 * The three operations of a JSON patch (RFC 6902) that kustomize overlays use, `add`, `replace` and `remove`, on a
 * copy of a document: enough to render the overlays here without the kustomize binary or a patch library. Any other
 * operation, or a path that does not exist where the RFC requires one, throws.
 */
export interface JsonPatchOperation {
  op: string;
  path: string;
  value?: unknown;
}

type Container = Record<string, unknown> | unknown[];

export function applyJsonPatch<T>(document: T, operations: readonly JsonPatchOperation[]): T {
  let result = structuredClone(document);
  for (const operation of operations) result = applyOperation(result, operation);
  return result;
}

function applyOperation<T>(document: T, { op, path, value }: JsonPatchOperation): T {
  if (!['add', 'replace', 'remove'].includes(op)) throw new Error(`JSON patch: unsupported op "${op}"`);
  const tokens = pointerTokens(path);
  if (tokens.length === 0) {
    if (op === 'remove') throw new Error('JSON patch: cannot remove the whole document');
    return structuredClone(value) as T;
  }
  const last = tokens[tokens.length - 1];
  const parent = tokens.slice(0, -1).reduce<unknown>((node, token) => child(node, token, path), document);
  if (Array.isArray(parent)) patchArray(parent, op, last, value, path);
  else if (isObject(parent)) patchObject(parent, op, last, value, path);
  else throw new Error(`JSON patch: ${path} is not inside an object or array`);
  return document;
}

function patchArray(array: unknown[], op: string, token: string, value: unknown, path: string): void {
  const index = token === '-' && op === 'add' ? array.length : arrayIndex(token, path);
  const limit = op === 'add' ? array.length : array.length - 1;
  if (index > limit) throw new Error(`JSON patch: ${path} is past the end of its array`);
  if (op === 'add') array.splice(index, 0, structuredClone(value));
  else if (op === 'replace') array[index] = structuredClone(value);
  else array.splice(index, 1);
}

function patchObject(
  object: Record<string, unknown>,
  op: string,
  key: string,
  value: unknown,
  path: string,
): void {
  if (op !== 'add' && !(key in object)) throw new Error(`JSON patch: ${path} does not exist`);
  if (op === 'remove') delete object[key];
  else object[key] = structuredClone(value);
}

function child(node: unknown, token: string, path: string): Container {
  const next = Array.isArray(node) ? node[arrayIndex(token, path)] : isObject(node) ? node[token] : undefined;
  if (!Array.isArray(next) && !isObject(next)) throw new Error(`JSON patch: ${path} does not exist`);
  return next;
}

/** The reference tokens of a JSON pointer (RFC 6901): `~1` stands for `/` and `~0` for `~`. */
function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`JSON patch: "${pointer}" is not a JSON pointer`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function arrayIndex(token: string, path: string): number {
  if (!/^(0|[1-9]\d*)$/.test(token))
    throw new Error(`JSON patch: "${token}" in ${path} is not an array index`);
  return Number(token);
}

function isObject(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}
