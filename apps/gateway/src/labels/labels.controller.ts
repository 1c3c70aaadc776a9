import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  DirectorySubjects,
  LabelListReply,
  LabelReply,
  LabelRequest,
  ListLabelsQuery,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import { RequiresPermission } from '../auth/requires-permission.decorator';

@ApiTags('labels')
@ApiBearerAuth()
@Controller('institutions/:institutionId/labels')
export class LabelsController {
  constructor(private readonly services: ServiceClient) {}

  /** The institution's own labels, by name, as many as fit in one page: pass `nextCursor` as `cursor` until null. */
  @Get()
  @ApiOperation({ operationId: 'listLabels', summary: "List the institution's labels" })
  @RequiresPermission('contacts:read')
  @ApiOkResponse({ type: LabelListReply })
  list(
    @Param('institutionId') institutionId: string,
    @Query() query: ListLabelsQuery,
  ): Promise<LabelListReply> {
    return this.services.request(DirectorySubjects.listLabels, { ...query, institutionId });
  }

  @Post()
  @ApiOperation({ operationId: 'createLabel', summary: 'Create a label' })
  @RequiresPermission('contacts:write')
  @ApiCreatedResponse({ type: LabelReply })
  @ApiConflictResponse({ description: 'The institution has a label with this name.' })
  create(@Param('institutionId') institutionId: string, @Body() body: LabelRequest): Promise<LabelReply> {
    return this.services.request(DirectorySubjects.createLabel, { ...body, institutionId });
  }

  @Patch(':labelId')
  @ApiOperation({ operationId: 'renameLabel', summary: 'Rename a label' })
  @RequiresPermission('contacts:write')
  @ApiOkResponse({ type: LabelReply })
  @ApiConflictResponse({ description: 'The institution has a label with this name.' })
  rename(
    @Param('institutionId') institutionId: string,
    @Param('labelId', new ParseUUIDPipe()) labelId: string,
    @Body() body: LabelRequest,
  ): Promise<LabelReply> {
    return this.services.request(DirectorySubjects.renameLabel, { ...body, institutionId, labelId });
  }

  /** Deletes the label and takes it off every contact. */
  @Delete(':labelId')
  @ApiOperation({ operationId: 'deleteLabel', summary: 'Delete a label' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequiresPermission('contacts:write')
  @ApiNoContentResponse()
  async delete(
    @Param('institutionId') institutionId: string,
    @Param('labelId', new ParseUUIDPipe()) labelId: string,
  ): Promise<void> {
    await this.services.request(DirectorySubjects.deleteLabel, { institutionId, labelId });
  }
}
