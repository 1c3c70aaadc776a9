import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { jsonBytes, PAGE_BUDGET_BYTES, withinPageBudget } from '@careers/messaging';
import { executeBound } from '@careers/persistence';
import { Injectable } from '@nestjs/common';
import {
  FailedRowReply,
  FailedRowsCommand,
  FailedRowsPageReply,
  FAILED_ROWS_PAGE_MAX,
  ImportReply,
  ListPlanCommand,
  PlanPageReply,
  StartRunCommand,
} from '@careers/contracts';
import {
  ImportAlreadyRun,
  ImportHasErrors,
  ImportNotAnalyzed,
  ImportNotFound,
  ImportNotRun,
} from '../imports/import-errors';
import { Import } from '../imports/import.entity';
import { rowOutcomesPage } from '../imports/row-outcomes';
import { ImportsService } from '../imports/imports.service';
import { RowTargets } from '../targets/row-targets';
import { ImportRunner } from './import-runner';
import { importReply } from '../imports/import-replies';

/** Submitting an analysed import to run, and what the run did: per-row results and the failed rows. */
@Injectable()
export class ImportRunsService {
  constructor(
    private readonly imports: ImportsService,
    private readonly runner: ImportRunner,
    private readonly targets: RowTargets,
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
      if (imported.status === 'analyzing' || imported.status === 'failed')
        throw new ImportNotAnalyzed(imported.status);
      if (imported.status !== 'analyzed') throw new ImportAlreadyRun(imported.status);
      if (imported.errors > 0) throw new ImportHasErrors(imported.errors);
      imported.startRun(command.actorId);
      await tx.flush();
      return importReply(tx, imported);
    });
    this.runner.wake();
    return reply;
  }

  async results(em: EntityManager, query: ListPlanCommand): Promise<PlanPageReply> {
    const imported = await this.ran(em, query.institutionId, query.importId);
    return rowOutcomesPage(em, imported, this.targets.of(imported), query, 'run');
  }

  /** A page of the rows that failed, as uploaded, with why: the gateway writes them out as CSV. */
  async failedRows(em: EntityManager, command: FailedRowsCommand): Promise<FailedRowsPageReply> {
    const imported = await this.ran(em, command.institutionId, command.importId);
    const limit = command.limit ?? FAILED_ROWS_PAGE_MAX;
    const schema = em.config.get('schema');
    // Each row is up to a megabyte: PostgreSQL sends only the rows that begin within the page budget (by their
    // stored bytes), and the page then stops before the first row that would take the reply past it.
    const rows = await executeBound<FailedRowReply & { upTo: number }>(
      em,
      `select "row", "cells", "error", "upTo" from (
         select "row", "cells", "error", "bytes", (sum("bytes") over (order by "row"))::float8 as "upTo" from (
           select r."row", u."cells", coalesce(r."reason", '') as "error",
                  octet_length(u."cells"::text) + octet_length(coalesce(r."reason", '')) as "bytes"
             from "${schema}"."import_run_row" r
             join "${schema}"."import_row" u on u."import_id" = r."import_id" and u."row" = r."row"
            where r."import_id" = ? and r."outcome" = 'fail' and r."row" > ? order by r."row" limit ?
         ) failed
       ) page where "upTo" - "bytes" < ? order by "row"`,
      [imported.id, command.afterRow ?? 0, limit, PAGE_BUDGET_BYTES],
    );
    const page = withinPageBudget(
      rows.map(({ row, cells, error }) => ({ row, cells, error })),
      jsonBytes(imported.header),
    );
    const last = page.at(-1);
    const more =
      page.length < rows.length || rows.length === limit || (rows.at(-1)?.upTo ?? 0) >= PAGE_BUDGET_BYTES;
    return { header: imported.header, rows: page, next: last && more ? last.row : null };
  }

  private async ran(em: EntityManager, institutionId: string, importId: string): Promise<Import> {
    const imported = await this.imports.find(em, institutionId, importId);
    if (!imported.runPhase) throw new ImportNotRun();
    return this.imports.withRows(imported);
  }
}
