import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiGoneResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  FindingPageReply,
  ImportPageReply,
  ImportReply,
  ImporterSubjects,
  ListFindingsQuery,
  ListImportsQuery,
  ListPlanQuery,
  PlanPageReply,
  UploadImportFields,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';
import { ImportUploadReader } from './import-upload';
import { ROWS_PRUNED } from './rows-pruned';

const ACCEPTED_FOR_ANALYSIS =
  'The file is stored and waits to be analysed in the background: the import is `analyzing`. Follow the ' +
  '`Location` (the import) until its status is `analyzed` (findings and dry run ready) or `failed` ' +
  '(`analysis.failure` says why); `analysis.rowsRead` counts the rows read so far.';

const FILE_FIELD = {
  type: 'string',
  format: 'binary',
  description: 'The CSV file (UTF-8, with or without a BOM).',
};

const UPLOAD_BODY = {
  schema: {
    type: 'object',
    required: ['file', 'fileType', 'mode'],
    properties: {
      file: FILE_FIELD,
      fileType: { type: 'string', enum: ['Students', 'Alumni', 'Mentors', 'Contacts'] },
      mode: { type: 'string', enum: ['sync', 'manual'] },
      sensitiveFields: {
        type: 'boolean',
        description: 'Manual files: rows may change usernames and auth identifiers.',
      },
    },
  },
};

/** A corrected file replaces the import's file; the import keeps its type and mode. */
const REPLACE_FILE_BODY = {
  schema: { type: 'object', required: ['file'], properties: { file: FILE_FIELD } },
};

@ApiTags('imports')
@ApiBearerAuth()
@Controller('institutions/:institutionId/imports')
export class ImportsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly uploads: ImportUploadReader,
  ) {}

  /** Uploads a CSV file; the analyzers read it in the background: follow the import to its findings. */
  @Post()
  @ApiOperation({ operationId: 'createImport', summary: 'Upload a CSV file as a new import' })
  @HttpCode(HttpStatus.ACCEPTED)
  @RequiresPermission('imports:manage')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiAcceptedResponse({ type: ImportReply, description: ACCEPTED_FOR_ANALYSIS })
  @ApiBadRequestResponse({ description: 'A missing or invalid form field, or no file.' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than IMPORT_MAX_BYTES.' })
  async upload(
    @Param('institutionId') institutionId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentCaller() caller: Caller,
  ): Promise<ImportReply> {
    const upload = await this.uploads.read(request);
    const fields = await this.uploads.fields(upload, UploadImportFields);
    const created = await this.services.request(ImporterSubjects.createImport, {
      ...fields,
      institutionId,
      actorId: caller.userId,
      file: upload.file,
    });
    return followAt(reply, created);
  }

  /**
   * A corrected file for the same import, once analysed or after its analysis failed: its rows replace the old ones
   * and the analyzers read it again in the background.
   */
  @Put(':importId/file')
  @ApiOperation({ operationId: 'uploadImportFile', summary: 'Upload a corrected file for an import' })
  @ApiConflictResponse({
    description: 'The import is being analysed or has run: its file can no longer be replaced.',
  })
  @HttpCode(HttpStatus.ACCEPTED)
  @RequiresPermission('imports:manage')
  @ApiConsumes('multipart/form-data')
  @ApiBody(REPLACE_FILE_BODY)
  @ApiBadRequestResponse({ description: 'No file, or a form field besides it.' })
  @ApiAcceptedResponse({ type: ImportReply, description: ACCEPTED_FOR_ANALYSIS })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than IMPORT_MAX_BYTES.' })
  async replaceFile(
    @Param('institutionId') institutionId: string,
    @Param('importId', new ParseUUIDPipe()) importId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentCaller() caller: Caller,
  ): Promise<ImportReply> {
    const upload = await this.uploads.read(request);
    await this.uploads.fields(upload, NoFields);
    const replaced = await this.services.request(ImporterSubjects.replaceImportFile, {
      institutionId,
      importId,
      actorId: caller.userId,
      file: upload.file,
    });
    return followAt(reply, replaced);
  }

  @Get()
  @ApiOperation({ operationId: 'listImports', summary: 'List imports' })
  @RequiresPermission('imports:manage')
  @ApiOkResponse({ type: ImportPageReply })
  list(
    @Param('institutionId') institutionId: string,
    @Query() query: ListImportsQuery,
  ): Promise<ImportPageReply> {
    return this.services.request(ImporterSubjects.listImports, { ...query, institutionId });
  }

  @Get(':importId')
  @ApiOperation({ operationId: 'getImport', summary: 'Get an import' })
  @RequiresPermission('imports:manage')
  @ApiOkResponse({ type: ImportReply })
  get(
    @Param('institutionId') institutionId: string,
    @Param('importId', new ParseUUIDPipe()) importId: string,
  ): Promise<ImportReply> {
    return this.services.request(ImporterSubjects.getImport, { institutionId, importId });
  }

  /**
   * What the analyzers found, row by row (1 is the first row after the header), with counts by code; findings
   * beyond the caps are not stored, only counted in `omitted`.
   */
  @Get(':importId/findings')
  @ApiOperation({ operationId: 'listImportFindings', summary: "List an import's findings" })
  @RequiresPermission('imports:manage')
  @ApiOkResponse({ type: FindingPageReply })
  @ApiGoneResponse({ description: ROWS_PRUNED })
  findings(
    @Param('institutionId') institutionId: string,
    @Param('importId', new ParseUUIDPipe()) importId: string,
    @Query() query: ListFindingsQuery,
  ): Promise<FindingPageReply> {
    return this.services.request(ImporterSubjects.listFindings, { ...query, institutionId, importId });
  }

  /**
   * The dry run: what running each row will do (create, update with the fields that change, unchanged, skip, fail
   * with the reason), with counts. The run decides with the same code.
   */
  @Get(':importId/plan')
  @ApiOperation({ operationId: 'listImportPlan', summary: "List an import's dry run, row by row" })
  @RequiresPermission('imports:manage')
  @ApiOkResponse({ type: PlanPageReply })
  @ApiGoneResponse({ description: ROWS_PRUNED })
  plan(
    @Param('institutionId') institutionId: string,
    @Param('importId', new ParseUUIDPipe()) importId: string,
    @Query() query: ListPlanQuery,
  ): Promise<PlanPageReply> {
    return this.services.request(ImporterSubjects.listPlan, { ...query, institutionId, importId });
  }
}

/** The import to follow while its file is analysed. */
function followAt(reply: FastifyReply, imported: ImportReply): ImportReply {
  reply.header('location', `/v1/institutions/${imported.institutionId}/imports/${imported.id}`);
  return imported;
}

/** A re-upload takes only the file. */
class NoFields {}
