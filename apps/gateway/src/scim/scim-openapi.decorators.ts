import { applyDecorators } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiParam,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { SCIM_CONTENT_TYPE } from './scim-error';
import { SCIM_BODY_MAX } from './scim-discovery';
import { SCIM_SCHEMAS, scimRef } from './scim-openapi.schemas';

/** The security scheme of the SCIM routes: a school's SCIM token, not a person's access token. */
export const SCIM_TOKEN_SCHEME = 'scimToken';

type ScimSchemaName = (typeof SCIM_SCHEMAS)[keyof typeof SCIM_SCHEMAS];

/** An error response of a SCIM route, with SCIM's error body. */
export function ScimErrorResponse(status: number, description: string) {
  return ApiResponse({ status, description, schema: scimRef(SCIM_SCHEMAS.error) });
}

/** A SCIM controller: its tag, its token, its media type, and the errors any of its routes can answer. */
export function ScimApi() {
  return applyDecorators(
    ApiTags('scim'),
    ApiBearerAuth(SCIM_TOKEN_SCHEME),
    ApiProduces(SCIM_CONTENT_TYPE),
    ScimErrorResponse(401, 'No SCIM token, or one that is unknown or revoked.'),
    ScimErrorResponse(500, 'An unexpected error; quote the error id of `detail` when reporting it.'),
    ScimErrorResponse(503, 'Identity is not available; try again later.'),
    ScimErrorResponse(504, 'Identity did not answer in time; try again later.'),
  );
}

/** A SCIM route's successful answer, with its SCIM body if it has one. */
export function ScimAnswer(status: number, description: string, body?: ScimSchemaName) {
  return ApiResponse({ status, description, ...(body ? { schema: scimRef(body) } : {}) });
}

/** A route that takes a SCIM body, as `application/scim+json` or plain JSON. */
export function ScimBody(schema: ScimSchemaName, description: string) {
  return applyDecorators(
    ApiConsumes(SCIM_CONTENT_TYPE, 'application/json'),
    ApiBody({ schema: scimRef(schema), description }),
    ScimErrorResponse(413, `The body is larger than ${SCIM_BODY_MAX / 1024} KB.`),
    ScimErrorResponse(415, 'The body is neither application/scim+json nor application/json.'),
  );
}

/** A route of one provisioned person, by account id. */
export function ScimUserId() {
  return applyDecorators(
    ApiParam({
      name: 'id',
      description:
        "The person's account id; any other value, or a person the school did not provision, is a 404.",
      schema: { type: 'string', format: 'uuid' },
    }),
    ScimErrorResponse(404, 'No person of that id provisioned by the school.'),
  );
}

/** The refusals of a create, a replace or a patch: the body, and the sync rules identity keeps. */
export function ScimProvisionErrors() {
  return applyDecorators(
    ScimErrorResponse(
      400,
      '`invalidSyntax`: not JSON, or a PATCH without `Operations`; `invalidValue`: an attribute of the wrong ' +
        'shape or length, or a missing `userName`, email or name; `mutability`: a change of `userName` or ' +
        '`externalId`; of a PATCH, `invalidPath`, `noTarget`, or `tooMany` operations.',
    ),
    ScimErrorResponse(409, '`uniqueness`: the userName, email or externalId is already taken.'),
  );
}
