import { Controller, Get, Header, Param, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiParam } from '@nestjs/swagger';
import { Public } from '@careers/runtime';
import { listResponse, resourceTypes, schemas, serviceProviderConfig } from './scim-discovery';
import { SCIM_CONTENT_TYPE, ScimError } from './scim-error';
import type { ScimRequest } from './scim-request';
import { ScimApi, ScimErrorResponse, ScimAnswer } from './scim-openapi.decorators';
import { SCIM_SCHEMAS } from './scim-openapi.schemas';
import { ScimTokenGuard } from './scim-token.guard';
import { SCIM_USER_SCHEMA } from './scim-user-resource';
import { scimBaseUrl } from './scim-users.controller';

/** What a SCIM client reads to learn this service provider (RFC 7644, section 4). */
@ScimApi()
@Public()
@UseGuards(ScimTokenGuard)
@Controller('scim/v2')
export class ScimDiscoveryController {
  @Get('ServiceProviderConfig')
  @ApiOperation({
    operationId: 'getScimServiceProviderConfig',
    summary: 'What this service provider supports',
  })
  @ScimAnswer(200, 'The configuration.', SCIM_SCHEMAS.serviceProviderConfig)
  @Header('content-type', SCIM_CONTENT_TYPE)
  serviceProviderConfig(@Req() request: ScimRequest) {
    return serviceProviderConfig(scimBaseUrl(request));
  }

  @Get('Schemas')
  @ApiOperation({ operationId: 'listScimSchemas', summary: 'List the schemas of the resources' })
  @ScimAnswer(200, 'The User schema and its extension.', SCIM_SCHEMAS.schemaList)
  @Header('content-type', SCIM_CONTENT_TYPE)
  schemas(@Req() request: ScimRequest) {
    const all = schemas(scimBaseUrl(request));
    return listResponse(all, all.length, 1);
  }

  @Get('Schemas/:id')
  @ApiOperation({ operationId: 'getScimSchema', summary: 'Get a schema' })
  @ScimAnswer(200, 'The schema.', SCIM_SCHEMAS.schema)
  @ApiParam({ name: 'id', description: "The schema's URI.", example: SCIM_USER_SCHEMA })
  @ScimErrorResponse(404, 'No schema of that URI.')
  @Header('content-type', SCIM_CONTENT_TYPE)
  schema(@Req() request: ScimRequest, @Param('id') id: string) {
    const found = schemas(scimBaseUrl(request)).find((schema) => schema.id === id);
    if (!found) throw new ScimError(404, `No schema ${id}.`);
    return found;
  }

  @Get('ResourceTypes')
  @ApiOperation({ operationId: 'listScimResourceTypes', summary: 'List the types of resource' })
  @ScimAnswer(200, 'The User type.', SCIM_SCHEMAS.resourceTypeList)
  @Header('content-type', SCIM_CONTENT_TYPE)
  resourceTypes(@Req() request: ScimRequest) {
    const all = resourceTypes(scimBaseUrl(request));
    return listResponse(all, all.length, 1);
  }

  @Get('ResourceTypes/:id')
  @ApiOperation({ operationId: 'getScimResourceType', summary: 'Get a type of resource' })
  @ScimAnswer(200, 'The type.', SCIM_SCHEMAS.resourceType)
  @ApiParam({ name: 'id', description: "The type's id.", example: 'User' })
  @ScimErrorResponse(404, 'No type of resource of that id.')
  @Header('content-type', SCIM_CONTENT_TYPE)
  resourceType(@Req() request: ScimRequest, @Param('id') id: string) {
    const found = resourceTypes(scimBaseUrl(request)).find((type) => type.id === id);
    if (!found) throw new ScimError(404, `No resource type ${id}.`);
    return found;
  }
}
