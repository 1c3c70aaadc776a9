import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiGoneResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ImportReply, ImporterSubjects, ListPlanQuery, PlanPageReply } from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequiresPermission } from '../auth/requires-permission.decorator';
import { failedRowsCsv } from './failed-rows-csv';
import { ROWS_PRUNED } from './rows-pruned';

@ApiTags('imports')
@ApiBearerAuth()
@Controller('institutions/:institutionId/imports/:importId')
export class ImportRunsController {
  constructor(private readonly services: ServiceClient) {}

  /**
   * Submits the import to run: every row is decided again against the state now, then written in batches; follow
   * `run` on the import for its progress and counts. A sync that would change the email of more than 10% of the
   * people it matches stops before writing anything (`status: stopped`, `run.stopReason`).
   */
  @Post('runs')
  @ApiOperation({ operationId: 'startImportRun', summary: 'Run an import' })
  @HttpCode(HttpStatus.ACCEPTED)
  @RequiresPermission('imports:manage')
  @ApiAcceptedResponse({ type: ImportReply })
  @ApiConflictResponse({ description: 'The file has error findings, or the import has run already.' })
  start(
    @Param('institutionId') institutionId: string,
    @Param('importId', new ParseUUIDPipe()) importId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<ImportReply> {
    return this.services.request(ImporterSubjects.startRun, {
      institutionId,
      importId,
      actorId: caller.userId,
    });
  }

  /** What the run did to each row (create, update with the fields that changed, unchanged, skip, fail and why). */
  @Get('results')
  @ApiOperation({ operationId: 'listImportResults', summary: "List what an import's run did, row by row" })
  @RequiresPermission('imports:manage')
  @ApiOkResponse({ type: PlanPageReply })
  @ApiConflictResponse({ description: 'The import has not been run.' })
  @ApiGoneResponse({ description: ROWS_PRUNED })
  results(
    @Param('institutionId') institutionId: string,
    @Param('importId', new ParseUUIDPipe()) importId: string,
    @Query() query: ListPlanQuery,
  ): Promise<PlanPageReply> {
    return this.services.request(ImporterSubjects.listResults, { ...query, institutionId, importId });
  }

  /**
   * The rows that failed, as uploaded, with an `error` column: correct them and upload the file as a new import.
   * Safe to open in a spreadsheet: cells starting with `=`, `+`, `-`, `@`, a tab or a carriage return are
   * prefixed with an apostrophe.
   */
  @Get('failed-rows.csv')
  @ApiOperation({
    operationId: 'downloadImportFailedRows',
    summary: "Download an import's failed rows as CSV",
  })
  @RequiresPermission('imports:manage')
  @ApiOkResponse({
    description: 'CSV: the uploaded header plus `error`, then each failed row.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiConflictResponse({ description: 'The import has not been run.' })
  @ApiGoneResponse({ description: ROWS_PRUNED })
  async failedRows(
    @Param('institutionId') institutionId: string,
    @Param('importId', new ParseUUIDPipe()) importId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const page = (afterRow: number) =>
      this.services.request(ImporterSubjects.failedRows, { institutionId, importId, afterRow });
    // The first page is read before answering, so that an unknown or unrun import is a problem, not a broken file.
    const first = await page(0);
    await reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="import-${importId}-failed-rows.csv"`)
      .send(Readable.from(failedRowsCsv(first, page)));
  }
}
