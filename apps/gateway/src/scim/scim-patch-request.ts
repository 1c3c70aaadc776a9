import { patchBodyValidation, scimPatch, ScimPatch, ScimPatchOperation, ScimResource } from 'scim-patch';
import { ScimError, ScimType } from './scim-error';

const PATCH_ERRORS: ScimType[] = ['invalidSyntax', 'invalidPath', 'noTarget', 'invalidValue'];
import type { ScimUserResource } from './scim-user-resource';

/** The most operations one PATCH carries: a provider sends a handful. */
export const PATCH_OPERATIONS_MAX = 50;

/**
 * A PATCH (RFC 7644, section 3.5.2) applied to the person as they are, by `scim-patch`: `add`, `replace` and `remove`,
 * with or without a path, whatever the case of the op (Entra ID writes `Replace`). What comes out is then provisioned
 * as a whole, by the same rules as a replace.
 */
export function patchedUser(current: ScimUserResource, body: unknown): unknown {
  const request = body as ScimPatch;
  const operations = (request as { Operations?: unknown })?.Operations;
  if (!Array.isArray(operations) || operations.length === 0)
    throw new ScimError(
      400,
      'A PATCH needs Operations: a list of add, replace or remove operations.',
      'invalidSyntax',
    );
  if (operations.length > PATCH_OPERATIONS_MAX)
    throw new ScimError(400, `A PATCH carries at most ${PATCH_OPERATIONS_MAX} operations.`, 'tooMany');
  const normalised = operations.map((operation: unknown) => {
    const op = (operation as { op?: unknown })?.op;
    return {
      ...(operation as object),
      op: typeof op === 'string' ? op.toLowerCase() : op,
    } as ScimPatchOperation;
  });
  try {
    patchBodyValidation({ ...request, Operations: normalised });
    // The library types `meta`'s times as dates; it never reads them.
    return scimPatch(current as unknown as ScimResource, normalised, {
      mutateDocument: false,
      treatMissingAsAdd: true,
    });
  } catch (error) {
    const code = (error as { scimCode?: string }).scimCode;
    throw new ScimError(
      400,
      (error as Error).message,
      PATCH_ERRORS.find((type) => type === code) ?? 'invalidValue',
    );
  }
}
