import { SCIM_MAX_PAGE, SCIM_USER_TYPES } from '@careers/contracts';
import { PATCH_OPERATIONS_MAX } from './scim-patch-request';
import { SCIM_CAREERS_EXTENSION, SCIM_USER_SCHEMA } from './scim-user-resource';

/** The largest SCIM request body accepted, in bytes. */
export const SCIM_BODY_MAX = 64 * 1024;

const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** What this service provider supports (RFC 7643, section 5). */
export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    documentationUri: `${baseUrl.replace(/\/scim\/v2$/, '')}/docs`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_MAX_PAGE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description: "A SCIM token an administrator makes on the school's settings page.",
        primary: true,
      },
    ],
    maxOperations: PATCH_OPERATIONS_MAX,
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

const text = (name: string, description: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: 'string',
  multiValued: false,
  description,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

/** The User schema as this platform keeps it, and its extension (RFC 7643, section 7). */
export function schemas(baseUrl: string) {
  return [
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
      id: SCIM_USER_SCHEMA,
      name: 'User',
      description: 'A student, alumnus or mentor of the school.',
      attributes: [
        text('userName', "The school's username for the person; it may not change once provisioned.", {
          required: true,
          uniqueness: 'server',
        }),
        text(
          'externalId',
          "The person's identifier at the school's identity provider (the auth identifier).",
          {
            caseExact: true,
          },
        ),
        {
          ...text('name', "The person's name."),
          type: 'complex',
          subAttributes: [
            text('givenName', 'Given name.'),
            text('familyName', 'Family name.'),
            text('formatted', 'Full name.'),
          ],
        },
        text('displayName', 'The full name.'),
        {
          ...text('emails', 'The primary one is the account email, unique across the platform.', {
            required: true,
          }),
          type: 'complex',
          multiValued: true,
          subAttributes: [
            text('value', 'The email address.'),
            text('type', 'work'),
            { ...text('primary', ''), type: 'boolean' },
          ],
        },
        {
          ...text('active', 'False deactivates the membership at the school; the account stays.'),
          type: 'boolean',
        },
      ],
      meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${SCIM_USER_SCHEMA}` },
    },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
      id: SCIM_CAREERS_EXTENSION,
      name: 'CareersUser',
      description: 'The type of account a person is provisioned as.',
      attributes: [
        text('userType', `One of ${SCIM_USER_TYPES.join(', ')}; the token's type when absent.`, {
          canonicalValues: [...SCIM_USER_TYPES],
          mutability: 'writeOnly',
        }),
      ],
      meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${SCIM_CAREERS_EXTENSION}` },
    },
  ];
}

export function resourceTypes(baseUrl: string) {
  return [
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'The people the school provisions.',
      schema: SCIM_USER_SCHEMA,
      schemaExtensions: [{ schema: SCIM_CAREERS_EXTENSION, required: false }],
      meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/User` },
    },
  ];
}

/** A SCIM ListResponse (RFC 7644, section 3.4.2). */
export function listResponse<T>(resources: T[], totalResults: number, startIndex: number) {
  return {
    schemas: [LIST_SCHEMA],
    totalResults,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
