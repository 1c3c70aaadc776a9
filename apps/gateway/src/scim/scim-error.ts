/** The SCIM error responses' schema (RFC 7644, section 3.12). */
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** SCIM's content type; clients may send plain JSON too. */
export const SCIM_CONTENT_TYPE = 'application/scim+json';

/** The `scimType`s this API answers with. */
export const SCIM_TYPES = [
  'uniqueness',
  'mutability',
  'invalidFilter',
  'invalidValue',
  'invalidSyntax',
  'invalidPath',
  'noTarget',
  'tooMany',
] as const;

export type ScimType = (typeof SCIM_TYPES)[number];

export interface ScimErrorBody {
  schemas: [typeof SCIM_ERROR_SCHEMA];
  status: string;
  scimType?: ScimType;
  detail: string;
}

/** A refusal of a SCIM request, told as SCIM's error body (RFC 7644, section 3.12). */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
  }

  static invalidValue(detail: string): ScimError {
    return new ScimError(400, detail, 'invalidValue');
  }

  get body(): ScimErrorBody {
    return {
      schemas: [SCIM_ERROR_SCHEMA],
      status: String(this.status),
      ...(this.scimType ? { scimType: this.scimType } : {}),
      detail: this.message,
    };
  }
}
