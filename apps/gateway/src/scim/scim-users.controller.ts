import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiOperation, ApiQuery } from '@nestjs/swagger';
import { IdentitySubjects, SCIM_MAX_PAGE, ScimTokenScope } from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import { Public } from '@careers/runtime';
import type { FastifyReply } from 'fastify';
import { listResponse } from './scim-discovery';
import { SCIM_CONTENT_TYPE, ScimError } from './scim-error';
import { SCIM_FILTER_MAX, scimUserFilter } from './scim-filter';
import { patchedUser } from './scim-patch-request';
import type { ScimRequest } from './scim-request';
import {
  ScimApi,
  ScimBody,
  ScimErrorResponse,
  ScimAnswer,
  ScimProvisionErrors,
  ScimUserId,
} from './scim-openapi.decorators';
import { SCIM_SCHEMAS } from './scim-openapi.schemas';
import { ScimTokenGuard } from './scim-token.guard';
import { scimUserFields, scimUserOf, ScimUserResource } from './scim-user-resource';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The base of the SCIM API as the client reached it, for `meta.location`. */
export function scimBaseUrl(request: ScimRequest): string {
  return `${request.protocol}://${request.host}/scim/v2`;
}

export function scopeOf(request: ScimRequest): ScimTokenScope {
  return request.scim as ScimTokenScope;
}

/**
 * SCIM 2.0 Users (RFC 7644) for a school's identity provider: its token names the school and the type of the people
 * it provisions. The resource id is the person's account id. Changes are decided by identity as an ongoing sync.
 */
@ScimApi()
@Public()
@UseGuards(ScimTokenGuard)
@Controller('scim/v2/Users')
export class ScimUsersController {
  constructor(private readonly services: ServiceClient) {}

  /** `filter` on `userName`, `emails.value` or `externalId` (`eq`, joined by `and`); `startIndex` is one-based. */
  @Get()
  @ApiOperation({ operationId: 'listScimUsers', summary: 'List or find the provisioned people' })
  @ScimAnswer(200, 'A page of the people the school provisioned.', SCIM_SCHEMAS.userList)
  @ApiQuery({
    name: 'filter',
    required: false,
    description:
      '`eq` on `userName`, `emails.value` (or `emails[value eq "…"]`) or `externalId`, joined by `and`, e.g. ' +
      '`userName eq "ada.lovelace"`.',
    schema: { type: 'string', maxLength: SCIM_FILTER_MAX },
  })
  @ApiQuery({
    name: 'startIndex',
    required: false,
    description: 'The one-based index of the first result; a smaller integer is taken as 1.',
    schema: { type: 'integer', minimum: 1, default: 1 },
  })
  @ApiQuery({
    name: 'count',
    required: false,
    description: `The most results on the page; a negative integer is taken as 0, a larger one as ${SCIM_MAX_PAGE}.`,
    schema: { type: 'integer', minimum: 0, maximum: SCIM_MAX_PAGE, default: SCIM_MAX_PAGE },
  })
  @ScimErrorResponse(
    400,
    '`invalidFilter`: a filter that is not SCIM syntax, too long, or on another attribute or operator; ' +
      '`invalidValue`: a parameter given twice, or `startIndex` or `count` not an integer.',
  )
  @Header('content-type', SCIM_CONTENT_TYPE)
  async list(
    @Req() request: ScimRequest,
    @Query('filter') filter?: unknown,
    @Query('startIndex') startIndex?: unknown,
    @Query('count') count?: unknown,
  ) {
    const wanted = scimUserFilter(single(filter, 'filter'));
    const first = Math.max(1, integer(startIndex, 'startIndex') ?? 1);
    const size = Math.min(SCIM_MAX_PAGE, Math.max(0, integer(count, 'count') ?? SCIM_MAX_PAGE));
    const page = await this.services.request(IdentitySubjects.listScimPeople, {
      institutionId: scopeOf(request).institutionId,
      ...wanted,
      startIndex: first,
      count: size,
    });
    const base = scimBaseUrl(request);
    return listResponse(
      page.people.map((person) => scimUserOf(person, base)),
      page.totalResults,
      first,
    );
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getScimUser', summary: 'Get a provisioned person' })
  @ScimAnswer(200, 'The person.', SCIM_SCHEMAS.user)
  @ScimUserId()
  @Header('content-type', SCIM_CONTENT_TYPE)
  get(@Req() request: ScimRequest, @Param('id') id: string): Promise<ScimUserResource> {
    return this.current(request, id);
  }

  @Post()
  @ApiOperation({ operationId: 'createScimUser', summary: 'Provision a person' })
  @ScimAnswer(201, 'The person as provisioned; `Location` is their URL.', SCIM_SCHEMAS.user)
  @ScimBody(SCIM_SCHEMAS.user, 'The person; `userName` and an email are required.')
  @ScimProvisionErrors()
  @HttpCode(HttpStatus.CREATED)
  @Header('content-type', SCIM_CONTENT_TYPE)
  async create(
    @Req() request: ScimRequest,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ScimUserResource> {
    const created = await this.provision(request, body);
    reply.header('location', created.meta.location);
    return created;
  }

  @Put(':id')
  @ApiOperation({ operationId: 'replaceScimUser', summary: 'Replace a provisioned person' })
  @ScimAnswer(200, 'The person as provisioned now.', SCIM_SCHEMAS.user)
  @ScimUserId()
  @ScimBody(SCIM_SCHEMAS.user, 'The person as they are to be; `userName` and an email are required.')
  @ScimProvisionErrors()
  @Header('content-type', SCIM_CONTENT_TYPE)
  async replace(
    @Req() request: ScimRequest,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<ScimUserResource> {
    await this.current(request, id);
    return this.provision(request, body, id);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'patchScimUser', summary: 'Change attributes of a provisioned person' })
  @ScimAnswer(200, 'The person as provisioned now.', SCIM_SCHEMAS.user)
  @ScimUserId()
  @ScimBody(SCIM_SCHEMAS.patchOp, 'The changes; the person they make is provisioned as a replace is.')
  @ScimProvisionErrors()
  @Header('content-type', SCIM_CONTENT_TYPE)
  async patch(
    @Req() request: ScimRequest,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<ScimUserResource> {
    const current = await this.current(request, id);
    return this.provision(request, patchedUser(current, body), id);
  }

  /** Deactivates the person at the school (the account stays, as a provider's `active: false` does). */
  @Delete(':id')
  @ApiOperation({ operationId: 'deactivateScimUser', summary: 'Deactivate a provisioned person' })
  @ScimAnswer(204, 'Deactivated at the school; the account stays.')
  @ScimUserId()
  @HttpCode(HttpStatus.NO_CONTENT)
  async remove(@Req() request: ScimRequest, @Param('id') id: string): Promise<void> {
    const current = await this.current(request, id);
    await this.provision(request, { ...current, active: false }, id);
  }

  private async current(request: ScimRequest, id: string): Promise<ScimUserResource> {
    if (!UUID.test(id)) throw new ScimError(404, `No provisioned person ${id} at this institution.`);
    const person = await this.services.request(IdentitySubjects.getScimPerson, {
      institutionId: scopeOf(request).institutionId,
      userId: id,
    });
    return scimUserOf(person, scimBaseUrl(request));
  }

  private async provision(request: ScimRequest, body: unknown, userId?: string): Promise<ScimUserResource> {
    const scope = scopeOf(request);
    const fields = scimUserFields(body);
    const person = await this.services.request(IdentitySubjects.provisionScimPerson, {
      institutionId: scope.institutionId,
      ...(userId ? { userId } : {}),
      userType: fields.userType ?? scope.userType,
      email: fields.email,
      username: fields.userName,
      givenName: fields.givenName,
      familyName: fields.familyName,
      ...(fields.externalId ? { externalId: fields.externalId } : {}),
      active: fields.active,
    });
    return scimUserOf(person, scimBaseUrl(request));
  }
}

function single(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw ScimError.invalidValue(`${name} must be given once.`);
  return value;
}

function integer(value: unknown, name: string): number | undefined {
  const text = single(value, name);
  if (text === undefined || text === '') return undefined;
  if (!/^-?\d{1,9}$/.test(text)) throw ScimError.invalidValue(`${name} must be an integer.`);
  return Number(text);
}
