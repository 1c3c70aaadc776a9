import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  CreateImportCommand,
  ListPlanCommand,
  PlanPageReply,
  FindingPageReply,
  ImportPageReply,
  ImportReply,
  ImportStatus,
  ListFindingsCommand,
  ListImportsCommand,
  ReplaceImportFileCommand,
  UploadedFile,
} from '@careers/contracts';
import { jsonBytes, keysetPage, NEWEST_FIRST, ServiceClient, SortKey } from '@careers/messaging';
import { analysisSettings } from '../analysis/analysis-settings';
import { ImportAnalyzer } from '../analysis/import-analyzer';
import { ImportFinding } from '../analysis/import-finding.entity';
import { Import } from './import.entity';
import { ImportNotEditable, ImportNotFound, ImportRowsPruned } from './import-errors';
import { ImportFileReader } from '../analysis/import-file-reader';
import { rowOutcomesPage } from './row-outcomes';
import { RowTargets } from '../targets/row-targets';
import { importReplies, importReply } from './import-replies';

/** In the order they were found: a finding's number is unique within its import. */
const AS_FOUND: SortKey[] = [{ path: 'seq', direction: 'asc', kind: 'integer' }];
/** A file is replaced once analysed, or after its analysis failed; not while one is read, nor once run. */
const REPLACEABLE: ImportStatus[] = ['analyzed', 'failed'];

/** Uploaded files: analysed in the background on upload and on each corrected re-upload, with their findings. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly files: ImportFileReader,
    private readonly services: ServiceClient,
    private readonly analyzer: ImportAnalyzer,
    private readonly targets: RowTargets,
  ) {}

  /** The file waits for the analyzer in the background; the answer is the import, `analyzing`. */
  async create(em: EntityManager, command: CreateImportCommand): Promise<ImportReply> {
    const imported = new Import(
      command.institutionId,
      { fileType: command.fileType, mode: command.mode, sensitiveFields: command.sensitiveFields ?? false },
      command.actorId,
    );
    await this.unlessRefused(command.file, async () => {
      await analysisSettings(this.services, command.institutionId);
      imported.awaitAnalysis(command.file);
      await em.persist(imported).flush();
    });
    this.analyzer.wake();
    return importReply(em, imported);
  }

  /** A corrected file, analysed in the background in place of the one before; not once the import has run. */
  async replaceFile(em: EntityManager, command: ReplaceImportFileCommand): Promise<ImportReply> {
    const imported = await this.unlessRefused(command.file, () =>
      em.transactional(async (tx) => {
        const current = await tx.findOne(
          Import,
          { id: command.importId, institutionId: command.institutionId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (!current) throw new ImportNotFound(command.importId);
        if (!REPLACEABLE.includes(current.status)) throw new ImportNotEditable(current.status);
        current.awaitAnalysis(command.file);
        return current;
      }),
    );
    this.analyzer.wake();
    return importReply(em, imported);
  }

  /** A refused upload's file is removed at once: nothing will read it. */
  private async unlessRefused<T>(file: UploadedFile, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      await this.files.remove(file);
      throw error;
    }
  }

  async list(em: EntityManager, query: ListImportsCommand): Promise<ImportPageReply> {
    return keysetPage(
      em,
      {
        entity: Import,
        where: { institutionId: query.institutionId },
        order: NEWEST_FIRST,
        toItems: (imports: Import[]) => importReplies(em, imports),
      },
      query,
    );
  }

  async get(em: EntityManager, institutionId: string, importId: string): Promise<ImportReply> {
    return importReply(em, await this.find(em, institutionId, importId));
  }

  async findings(em: EntityManager, query: ListFindingsCommand): Promise<FindingPageReply> {
    const imported = this.withRows(await this.find(em, query.institutionId, query.importId));
    const where = {
      importId: query.importId,
      ...(query.severity ? { severity: query.severity } : {}),
      ...(query.code ? { code: query.code } : {}),
    };
    const summary = await em.execute<Array<{ code: string; severity: 'error' | 'warning'; count: number }>>(
      `select code, severity, count(*)::int as count from "${em.config.get('schema')}"."import_finding"
        where import_id = ? group by code, severity order by severity, code`,
      [query.importId],
    );
    const counts = { summary, omitted: imported.findingsOmitted };
    const page = await keysetPage(
      em,
      {
        entity: ImportFinding,
        where,
        order: AS_FOUND,
        toItems: (findings: ImportFinding[]) => findings.map((item) => item.toReply()),
        spentBytes: jsonBytes(counts),
      },
      query,
    );
    return { ...page, ...counts };
  }

  /** The dry run: each row's planned outcome (a row with errors is not run: it fails), with counts by outcome. */
  async plan(em: EntityManager, query: ListPlanCommand): Promise<PlanPageReply> {
    const imported = this.withRows(await this.find(em, query.institutionId, query.importId));
    return rowOutcomesPage(em, imported, this.targets.of(imported), query, 'plan');
  }

  /** The import, if its rows, findings and results are still kept (pruning takes them some days after its run). */
  withRows(imported: Import): Import {
    if (imported.rowsStatus !== 'kept') throw new ImportRowsPruned();
    return imported;
  }

  async find(em: EntityManager, institutionId: string, importId: string): Promise<Import> {
    const imported = await em.findOne(Import, { id: importId, institutionId });
    if (!imported) throw new ImportNotFound(importId);
    return imported;
  }
}
