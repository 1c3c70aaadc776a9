import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  FailedRowsCommand,
  FailedRowsPageReply,
  FAILED_ROWS_PAGE_MAX,
  ImportReply,
  ListPlanCommand,
  PlanPageReply,
  StartRunCommand,
} from '@careers/contracts';
import { ImportAlreadyRun, ImportHasErrors, ImportNotFound, ImportNotRun } from '../imports/import-errors';
import { Import } from '../imports/import.entity';
import { ImportRow } from '../imports/import-row.entity';
import { rowOutcomesPage } from '../imports/row-outcomes';
import { Imports } from '../imports/imports.service';
import { ImportRunner } from './import-runner';

/** Submitting an analysed import to run, and what the run did: per-row results and the failed rows. */
@Injectable()
export class ImportRuns {
  constructor(
    private readonly imports: Imports,
    private readonly runner: ImportRunner,
  ) {}

  /** Refused while the file has error findings, and once run; the run itself goes on in the background. */
  async start(em: EntityManager, command: StartRunCommand): Promise<ImportReply> {
    const reply = await em.transactional(async (tx) => {
      const imported = await tx.findOne(
        Import,
        { id: command.importId, institutionId: command.institutionId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!imported) throw new ImportNotFound(command.importId);
      if (imported.status !== 'analyzed') throw new ImportAlreadyRun(imported.status);
      if (imported.errors > 0) throw new ImportHasErrors(imported.errors);
      imported.startRun(command.actorId);
      await tx.flush();
      return imported.toReply();
    });
    this.runner.wake();
    return reply;
  }

  async results(em: EntityManager, query: ListPlanCommand): Promise<PlanPageReply> {
    await this.ran(em, query.institutionId, query.importId);
    return rowOutcomesPage(em, query.importId, query, 'run');
  }

  /** A page of the rows that failed, as uploaded, with why: the gateway writes them out as CSV. */
  async failedRows(em: EntityManager, command: FailedRowsCommand): Promise<FailedRowsPageReply> {
    const imported = await this.ran(em, command.institutionId, command.importId);
    const limit = command.limit ?? FAILED_ROWS_PAGE_MAX;
    const rows = await em.find(
      ImportRow,
      { importId: imported.id, runOutcome: 'fail', row: { $gt: command.afterRow ?? 0 } },
      { orderBy: { row: 'asc' }, limit, fields: ['row', 'cells', 'runReason'], disableIdentityMap: true },
    );
    return {
      header: imported.header,
      rows: rows.map((row) => ({ row: row.row, cells: row.cells, error: row.runReason ?? '' })),
      next: rows.length === limit ? rows[rows.length - 1].row : null,
    };
  }

  private async ran(em: EntityManager, institutionId: string, importId: string): Promise<Import> {
    const imported = await this.imports.find(em, institutionId, importId);
    if (!imported.runPhase) throw new ImportNotRun();
    return imported;
  }
}
