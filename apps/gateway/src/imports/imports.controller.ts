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
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
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
import { ServiceClient } from '@careers/messaging';
import type { FastifyRequest } from 'fastify';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';
import { ImportUploadReader } from './import-upload';

/** Analysing a whole file takes longer than an ordinary call. */
const ANALYSIS_TIMEOUT_MS = 120_000;

const UPLOAD_BODY = {
  schema: {
    type: 'object',
    required: ['file', 'fileType', 'mode'],
    properties: {
      file: { type: 'string', format: 'binary', description: 'The CSV file (UTF-8, with or without a BOM).' },
      fileType: { type: 'string', enum: ['Students', 'Alumni', 'Mentors', 'Contacts'] },
      mode: { type: 'string', enum: ['sync', 'manual'] },
      sensitiveFields: {
        type: 'boolean',
        description: 'Manual files: rows may change usernames and auth identifiers.',
      },
    },
  },
};

@ApiTags('imports')
@ApiBearerAuth()
@Controller('institutions/:institutionId/imports')
export class ImportsController {
  constructor(
    private readonly services: ServiceClient,
    private readonly uploads: ImportUploadReader,
  ) {}

  /** Uploads a CSV file; the analyzers run at once and their findings come with the answer's counts. */
  @Post()
  @RequiresPermission('imports:manage')
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiCreatedResponse({ type: ImportReply })
  @ApiBadRequestResponse({ description: 'A missing or invalid form field, or no file.' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than IMPORT_MAX_BYTES.' })
  async upload(
    @Param('institutionId') institutionId: string,
    @Req() request: FastifyRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<ImportReply> {
    const upload = await this.uploads.read(request);
    const fields = await this.uploads.fields(upload, UploadImportFields);
    return this.services.request(
      ImporterSubjects.createImport,
      { ...fields, institutionId, actorId: caller.userId, file: upload.file },
      { timeoutMs: ANALYSIS_TIMEOUT_MS },
    );
  }

  /** A corrected file for the same import: its rows replace the old ones and the analyzers run again. */
  @Put(':importId/file')
  @HttpCode(HttpStatus.OK)
  @RequiresPermission('imports:manage')
  @ApiConsumes('multipart/form-data')
  @ApiOkResponse({ type: ImportReply })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than IMPORT_MAX_BYTES.' })
  async replaceFile(
    @Param('institutionId') institutionId: string,
    @Param('importId', new ParseUUIDPipe()) importId: string,
    @Req() request: FastifyRequest,
    @CurrentCaller() caller: Caller,
  ): Promise<ImportReply> {
    const upload = await this.uploads.read(request);
    await this.uploads.fields(upload, NoFields);
    return this.services.request(
      ImporterSubjects.replaceImportFile,
      { institutionId, importId, actorId: caller.userId, file: upload.file },
      { timeoutMs: ANALYSIS_TIMEOUT_MS },
    );
  }

  @Get()
  @RequiresPermission('imports:manage')
  @ApiOkResponse({ type: ImportPageReply })
  list(
    @Param('institutionId') institutionId: string,
    @Query() query: ListImportsQuery,
  ): Promise<ImportPageReply> {
    return this.services.request(ImporterSubjects.listImports, { ...query, institutionId });
  }

  @Get(':importId')
  @RequiresPermission('imports:manage')
  @ApiOkResponse({ type: ImportReply })
  get(
    @Param('institutionId') institutionId: string,
    @Param('importId', new ParseUUIDPipe()) importId: string,
  ): Promise<ImportReply> {
    return this.services.request(ImporterSubjects.getImport, { institutionId, importId });
  }

  /** What the analyzers found, row by row, with counts by code. */
  @Get(':importId/findings')
  @RequiresPermission('imports:manage')
  @ApiOkResponse({ type: FindingPageReply })
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
  @RequiresPermission('imports:manage')
  @ApiOkResponse({ type: PlanPageReply })
  plan(
    @Param('institutionId') institutionId: string,
    @Param('importId', new ParseUUIDPipe()) importId: string,
    @Query() query: ListPlanQuery,
  ): Promise<PlanPageReply> {
    return this.services.request(ImporterSubjects.listPlan, { ...query, institutionId, importId });
  }
}

/** A re-upload takes only the file. */
class NoFields {}
