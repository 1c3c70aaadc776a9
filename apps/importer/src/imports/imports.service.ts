import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  CreateImportCommand,
  ListPlanCommand,
  PlanPageReply,
  DirectorySubjects,
  FindingPageReply,
  ImportPageReply,
  ImportReply,
  ListFindingsCommand,
  ListImportsCommand,
  ReplaceImportFileCommand,
  UploadedFile,
} from '@careers/contracts';
import { NotFoundError, notFoundAs, ServiceClient } from '@careers/messaging';
import { analyzeFile } from '../analysis/file-analysis';
import { ImportFinding } from '../analysis/import-finding.entity';
import { FILE_DEFINITIONS } from '../file-definitions';
import { Import } from './import.entity';
import { ImportNotEditable, ImportNotFound } from './import-errors';
import { ImportFileReader } from './import-file-reader';
import { ImportStore } from './import-store';
import { rowOutcomesPage } from './row-outcomes';
import { ImportPlanner } from '../planning/import-planner';
import { RowTargets } from '../targets/row-targets';

const DEFAULT_PAGE_SIZE = 25;
const DEFAULT_FINDINGS_PAGE_SIZE = 100;

/** Uploaded files: analysed on upload and on each corrected re-upload, with their findings. */
@Injectable()
export class Imports {
  constructor(
    private readonly files: ImportFileReader,
    private readonly services: ServiceClient,
    private readonly planner: ImportPlanner,
    private readonly targets: RowTargets,
  ) {}

  async create(em: EntityManager, command: CreateImportCommand): Promise<ImportReply> {
    const imported = new Import(
      command.institutionId,
      { fileType: command.fileType, mode: command.mode, sensitiveFields: command.sensitiveFields ?? false },
      command.actorId,
    );
    await this.analyze(em, imported, command.file, true);
    return imported.toReply();
  }

  async replaceFile(em: EntityManager, command: ReplaceImportFileCommand): Promise<ImportReply> {
    const imported = await this.find(em, command.institutionId, command.importId);
    if (imported.status !== 'analyzed') throw new ImportNotEditable(imported.status);
    await this.analyze(em, imported, command.file, false);
    return imported.toReply();
  }

  async list(em: EntityManager, query: ListImportsCommand): Promise<ImportPageReply> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const [imports, total] = await em.findAndCount(
      Import,
      { institutionId: query.institutionId },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: pageSize, offset: (page - 1) * pageSize },
    );
    return { items: imports.map((item) => item.toReply()), page, pageSize, total };
  }

  async get(em: EntityManager, institutionId: string, importId: string): Promise<ImportReply> {
    return (await this.find(em, institutionId, importId)).toReply();
  }

  async findings(em: EntityManager, query: ListFindingsCommand): Promise<FindingPageReply> {
    await this.find(em, query.institutionId, query.importId);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_FINDINGS_PAGE_SIZE;
    const where = {
      importId: query.importId,
      ...(query.severity ? { severity: query.severity } : {}),
      ...(query.code ? { code: query.code } : {}),
    };
    const [findings, total] = await em.findAndCount(ImportFinding, where, {
      orderBy: { seq: 'asc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const summary = await em.execute<Array<{ code: string; severity: 'error' | 'warning'; count: number }>>(
      `select code, severity, count(*)::int as count from "${em.config.get('schema')}"."import_finding"
        where import_id = ? group by code, severity order by severity, code`,
      [query.importId],
    );
    return { items: findings.map((item) => item.toReply()), page, pageSize, total, summary };
  }

  /** The dry run: each row's planned outcome (a row with errors is not run: it fails), with counts by outcome. */
  async plan(em: EntityManager, query: ListPlanCommand): Promise<PlanPageReply> {
    const imported = await this.find(em, query.institutionId, query.importId);
    return rowOutcomesPage(em, imported, this.targets.of(imported), query, 'plan');
  }

  /** Reads the file through the analyzers in one transaction: a new import, or a replacement, is all or nothing. */
  private async analyze(
    em: EntityManager,
    imported: Import,
    file: UploadedFile,
    isNew: boolean,
  ): Promise<void> {
    const settings = await this.settings(imported.institutionId);
    await this.files.read(file, (bytes) =>
      em.transactional(async (tx) => {
        if (isNew) {
          tx.persist(imported);
          await tx.flush();
        } else {
          // Held until the new rows are in: a run submitted meanwhile waits, then finds them (or is refused here).
          const current = await tx.findOneOrFail(
            Import,
            { id: imported.id },
            { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
          );
          if (current.status !== 'analyzed') throw new ImportNotEditable(current.status);
        }
        const store = new ImportStore(tx, imported.id);
        const result = await analyzeFile(
          store,
          bytes,
          FILE_DEFINITIONS[imported.fileType],
          settings,
          (rows) => this.planner.plan(imported, rows),
        );
        Object.assign(imported, {
          header: result.header,
          rows: result.rows,
          errors: result.errors,
          warnings: result.warnings,
          fileName: file.fileName,
        });
      }),
    );
  }

  private async settings(institutionId: string): Promise<{ usesSingleSignOn: boolean }> {
    const settings = await notFoundAs(
      this.services.request(DirectorySubjects.getSettings, { institutionId }),
      () => new NotFoundError('institution_not_found', `No institution ${institutionId}.`),
    );
    return { usesSingleSignOn: settings.usesSingleSignOn };
  }

  async find(em: EntityManager, institutionId: string, importId: string): Promise<Import> {
    const imported = await em.findOne(Import, { id: importId, institutionId });
    if (!imported) throw new ImportNotFound(importId);
    return imported;
  }
}
