import { Controller, Get, Header, Param, Req, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@careers/runtime';
import { listResponse, resourceTypes, schemas, serviceProviderConfig } from './scim-discovery';
import { SCIM_CONTENT_TYPE, ScimError } from './scim-error';
import type { ScimRequest } from './scim-request';
import { ScimTokenGuard } from './scim-token.guard';
import { scimBaseUrl } from './scim-users.controller';

/** What a SCIM client reads to learn this service provider (RFC 7644, section 4). */
@ApiExcludeController()
@Public()
@UseGuards(ScimTokenGuard)
@Controller('scim/v2')
export class ScimDiscoveryController {
  @Get('ServiceProviderConfig')
  @Header('content-type', SCIM_CONTENT_TYPE)
  serviceProviderConfig(@Req() request: ScimRequest) {
    return serviceProviderConfig(scimBaseUrl(request));
  }

  @Get('Schemas')
  @Header('content-type', SCIM_CONTENT_TYPE)
  schemas(@Req() request: ScimRequest) {
    const all = schemas(scimBaseUrl(request));
    return listResponse(all, all.length, 1);
  }

  @Get('Schemas/:id')
  @Header('content-type', SCIM_CONTENT_TYPE)
  schema(@Req() request: ScimRequest, @Param('id') id: string) {
    const found = schemas(scimBaseUrl(request)).find((schema) => schema.id === id);
    if (!found) throw new ScimError(404, `No schema ${id}.`);
    return found;
  }

  @Get('ResourceTypes')
  @Header('content-type', SCIM_CONTENT_TYPE)
  resourceTypes(@Req() request: ScimRequest) {
    const all = resourceTypes(scimBaseUrl(request));
    return listResponse(all, all.length, 1);
  }

  @Get('ResourceTypes/:id')
  @Header('content-type', SCIM_CONTENT_TYPE)
  resourceType(@Req() request: ScimRequest, @Param('id') id: string) {
    const found = resourceTypes(scimBaseUrl(request)).find((type) => type.id === id);
    if (!found) throw new ScimError(404, `No resource type ${id}.`);
    return found;
  }
}
