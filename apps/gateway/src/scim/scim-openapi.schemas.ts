import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { SCIM_MAX_PAGE, SCIM_USER_TYPES } from '@careers/contracts';
import { PATCH_OPERATIONS_MAX } from './scim-patch-request';
import { SCIM_ERROR_SCHEMA, SCIM_TYPES } from './scim-error';
import { SCIM_CAREERS_EXTENSION, SCIM_USER_SCHEMA } from './scim-user-resource';

/** The component names of the SCIM bodies, as the routes' decorators refer to them. */
export const SCIM_SCHEMAS = {
  user: 'ScimUser',
  userList: 'ScimUserListResponse',
  patchOp: 'ScimPatchOp',
  error: 'ScimError',
  serviceProviderConfig: 'ScimServiceProviderConfig',
  schema: 'ScimSchema',
  schemaList: 'ScimSchemaListResponse',
  resourceType: 'ScimResourceType',
  resourceTypeList: 'ScimResourceTypeListResponse',
} as const;

export const scimRef = (name: (typeof SCIM_SCHEMAS)[keyof typeof SCIM_SCHEMAS]) => ({
  $ref: `#/components/schemas/${name}`,
});

const text = (description: string, maxLength?: number): SchemaObject => ({
  type: 'string',
  description,
  ...(maxLength ? { maxLength } : {}),
});

const schemasOf = (...uris: string[]): SchemaObject => ({
  type: 'array',
  description: 'The schema URIs of the body.',
  items: { type: 'string' },
  example: uris,
});

/** The User resource (RFC 7643, section 4.1) with the attributes this platform keeps (scim-user-resource.ts). */
const USER: SchemaObject = {
  type: 'object',
  description:
    'A person of the school. In a request, attributes this platform does not keep are ignored; `id` and `meta` ' +
    'are read-only. Booleans may be sent as the strings "True" and "False".',
  required: ['userName', 'emails'],
  properties: {
    schemas: schemasOf(SCIM_USER_SCHEMA, SCIM_CAREERS_EXTENSION),
    id: { type: 'string', format: 'uuid', readOnly: true, description: "The person's account id." },
    externalId: text("The person's identifier at the identity provider; it may not change once set.", 200),
    userName: text("The school's username for the person; unique, and it may not change once set.", 200),
    name: {
      type: 'object',
      description: 'Given and family name, or else `formatted` (or `displayName`), split at its last space.',
      properties: {
        givenName: text('Given name.', 100),
        familyName: text('Family name.', 100),
        formatted: text('The full name.', 200),
      },
    },
    displayName: text('The full name.', 200),
    emails: {
      type: 'array',
      description: 'The primary one (or the first) is the account email, unique across the platform.',
      minItems: 1,
      maxItems: 10,
      items: {
        type: 'object',
        required: ['value'],
        properties: {
          value: { type: 'string', format: 'email', maxLength: 254 },
          type: { type: 'string', example: 'work' },
          primary: { type: 'boolean' },
        },
      },
    },
    active: {
      type: 'boolean',
      default: true,
      description: 'False deactivates the membership at the school; the account stays.',
    },
    [SCIM_CAREERS_EXTENSION]: {
      type: 'object',
      description: 'The type of account the person is provisioned as.',
      properties: {
        userType: {
          type: 'string',
          enum: [...SCIM_USER_TYPES],
          description: "The token's user type when absent.",
        },
      },
    },
    meta: {
      type: 'object',
      readOnly: true,
      properties: {
        resourceType: { type: 'string', enum: ['User'] },
        created: { type: 'string', format: 'date-time' },
        lastModified: { type: 'string', format: 'date-time' },
        location: { type: 'string', format: 'uri' },
      },
    },
  },
};

/** A ListResponse (RFC 7644, section 3.4.2) of one kind of resource. */
function listResponseOf(resource: SchemaObject | { $ref: string }): SchemaObject {
  return {
    type: 'object',
    required: ['schemas', 'totalResults', 'startIndex', 'itemsPerPage', 'Resources'],
    properties: {
      schemas: schemasOf('urn:ietf:params:scim:api:messages:2.0:ListResponse'),
      totalResults: { type: 'integer', description: 'How many resources match, on every page.' },
      startIndex: { type: 'integer', minimum: 1, description: 'The one-based index of the first one here.' },
      itemsPerPage: { type: 'integer', minimum: 0, maximum: SCIM_MAX_PAGE },
      Resources: { type: 'array', items: resource },
    },
  };
}

/** A PATCH request (RFC 7644, section 3.5.2). */
const PATCH_OP: SchemaObject = {
  type: 'object',
  required: ['schemas', 'Operations'],
  properties: {
    schemas: schemasOf('urn:ietf:params:scim:api:messages:2.0:PatchOp'),
    Operations: {
      type: 'array',
      minItems: 1,
      maxItems: PATCH_OPERATIONS_MAX,
      items: {
        type: 'object',
        required: ['op'],
        properties: {
          op: {
            type: 'string',
            description: '`add`, `replace` or `remove`, in any case.',
            example: 'replace',
          },
          path: {
            type: 'string',
            description: 'The attribute changed; without it, `value` holds attributes by name.',
            example: 'active',
          },
          value: { description: 'The new value; absent for a `remove`.', example: false },
        },
      },
    },
  },
};

/** A SCIM error body (RFC 7644, section 3.12), as scim-error.ts writes it. */
const ERROR: SchemaObject = {
  type: 'object',
  required: ['schemas', 'status', 'detail'],
  properties: {
    schemas: schemasOf(SCIM_ERROR_SCHEMA),
    status: { type: 'string', description: 'The HTTP status, as a string.', example: '400' },
    scimType: { type: 'string', enum: [...SCIM_TYPES], description: 'The kind of a 400 or 409.' },
    detail: { type: 'string', description: 'What went wrong, for people.' },
  },
};

const SUPPORTED: SchemaObject = { type: 'object', properties: { supported: { type: 'boolean' } } };

const META: SchemaObject = {
  type: 'object',
  properties: { resourceType: { type: 'string' }, location: { type: 'string', format: 'uri' } },
};

/** What this service provider supports (RFC 7643, section 5; scim-discovery.ts). */
const SERVICE_PROVIDER_CONFIG: SchemaObject = {
  type: 'object',
  properties: {
    schemas: schemasOf('urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'),
    documentationUri: { type: 'string', format: 'uri' },
    patch: SUPPORTED,
    bulk: {
      type: 'object',
      properties: {
        supported: { type: 'boolean' },
        maxOperations: { type: 'integer' },
        maxPayloadSize: { type: 'integer' },
      },
    },
    filter: {
      type: 'object',
      properties: { supported: { type: 'boolean' }, maxResults: { type: 'integer' } },
    },
    changePassword: SUPPORTED,
    sort: SUPPORTED,
    etag: SUPPORTED,
    authenticationSchemes: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          type: { type: 'string' },
          name: { type: 'string' },
          description: { type: 'string' },
          primary: { type: 'boolean' },
        },
      },
    },
    maxOperations: { type: 'integer', description: 'The most operations one PATCH carries.' },
    meta: META,
  },
};

/** An attribute of a schema (RFC 7643, section 7); a complex one has sub-attributes of the same shape. */
const ATTRIBUTE_PROPERTIES: Record<string, SchemaObject> = {
  name: { type: 'string' },
  type: { type: 'string' },
  multiValued: { type: 'boolean' },
  description: { type: 'string' },
  required: { type: 'boolean' },
  caseExact: { type: 'boolean' },
  mutability: { type: 'string' },
  returned: { type: 'string' },
  uniqueness: { type: 'string' },
  canonicalValues: { type: 'array', items: { type: 'string' } },
};

const SCHEMA: SchemaObject = {
  type: 'object',
  properties: {
    schemas: schemasOf('urn:ietf:params:scim:schemas:core:2.0:Schema'),
    id: { type: 'string', example: SCIM_USER_SCHEMA },
    name: { type: 'string' },
    description: { type: 'string' },
    attributes: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          ...ATTRIBUTE_PROPERTIES,
          subAttributes: { type: 'array', items: { type: 'object', properties: ATTRIBUTE_PROPERTIES } },
        },
      },
    },
    meta: META,
  },
};

const RESOURCE_TYPE: SchemaObject = {
  type: 'object',
  properties: {
    schemas: schemasOf('urn:ietf:params:scim:schemas:core:2.0:ResourceType'),
    id: { type: 'string', example: 'User' },
    name: { type: 'string' },
    endpoint: { type: 'string', example: '/Users' },
    description: { type: 'string' },
    schema: { type: 'string', example: SCIM_USER_SCHEMA },
    schemaExtensions: {
      type: 'array',
      items: {
        type: 'object',
        properties: { schema: { type: 'string' }, required: { type: 'boolean' } },
      },
    },
    meta: META,
  },
};

/** Adds the SCIM bodies to the document's components. */
export function documentScimSchemas(document: OpenAPIObject): void {
  document.components = {
    ...document.components,
    schemas: {
      ...document.components?.schemas,
      [SCIM_SCHEMAS.user]: USER,
      [SCIM_SCHEMAS.userList]: listResponseOf(scimRef(SCIM_SCHEMAS.user)),
      [SCIM_SCHEMAS.patchOp]: PATCH_OP,
      [SCIM_SCHEMAS.error]: ERROR,
      [SCIM_SCHEMAS.serviceProviderConfig]: SERVICE_PROVIDER_CONFIG,
      [SCIM_SCHEMAS.schema]: SCHEMA,
      [SCIM_SCHEMAS.schemaList]: listResponseOf(scimRef(SCIM_SCHEMAS.schema)),
      [SCIM_SCHEMAS.resourceType]: RESOURCE_TYPE,
      [SCIM_SCHEMAS.resourceTypeList]: listResponseOf(scimRef(SCIM_SCHEMAS.resourceType)),
    },
  };
}
