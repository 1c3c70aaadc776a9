import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import type { AnalysisFailureReply } from '@careers/contracts';
import { counter, RpcError, ServiceClient } from '@careers/messaging';
import { executeBound, LoopedWork, POLL_IDLE_MS, POLL_RETRY_MS } from '@careers/persistence';
import { FILE_DEFINITIONS } from '../file-definitions';
import { Import } from '../imports/import.entity';
import { ImportFileReader } from './import-file-reader';
import { UnreadableFile } from '../imports/import-errors';
import { ImportStore } from '../imports/import-store';
import { ImportPlanner } from '../planning/import-planner';
import { analysisSettings } from './analysis-settings';
import { AnalysisBatch, analyzeFile, FileAnalysisResult } from './file-analysis';

/** A try holds its import this long past its last batch; one cut short by a crash is taken up again after it. */
const CLAIM_SECONDS = 30;
/** Tries that failed for a reason other than the file (the database, the directory) before the import fails. */
const MAX_ATTEMPTS = 5;
/** Refusals that are about the file or the institution: trying again would not change them. */
const FINAL_KINDS = new Set(['invalid', 'not-found', 'unprocessable']);

const rowsAnalysed = counter({
  name: 'import_rows_analysed_total',
  help: 'Rows of uploaded files read through the analyzers.',
});

interface Claim {
  id: string;
  attempt: number;
}

/** The try no longer holds the import: another took it up, or a new file replaced the one it read. */
class ClaimLost extends Error {}

/** The process is stopping: the try lets go of its import for the next process to take up at once. */
class Stopping extends Error {}

/**
 * Analyses uploaded files in the background, one import at a time a replica. An import waiting in `analyzing` is
 * claimed (SKIP LOCKED, with a deadline), its earlier rows and findings removed, then its file streamed through the
 * analyzers and written a batch per transaction, each batch moving the deadline on and the progress with it, and
 * written only while the try still holds the import. The file is removed from the store once the import is
 * `analyzed` or `failed`: a try cut short by a crash or a restart is started again from the file by the next.
 */
@Injectable()
export class ImportAnalyzer extends LoopedWork {
  private readonly logger = new Logger(ImportAnalyzer.name);
  private stopping = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly files: ImportFileReader,
    private readonly services: ServiceClient,
    private readonly planner: ImportPlanner,
  ) {
    super();
  }

  override async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await super.onApplicationShutdown();
  }

  protected async step(): Promise<number> {
    let claim: Claim | undefined;
    try {
      claim = await this.claim();
      if (!claim) return POLL_IDLE_MS;
      await this.analyze(claim);
      return 0;
    } catch (error) {
      if (claim) return error instanceof ClaimLost ? 0 : this.afterFailure(claim, error);
      this.logger.error({ err: error }, 'Could not look for an upload to analyse; will retry');
      return POLL_RETRY_MS;
    }
  }

  private async afterFailure(claim: Claim, error: unknown): Promise<number> {
    try {
      if (error instanceof Stopping) {
        await this.release(claim);
        return 0;
      }
      const failure = finalFailure(error);
      if (failure) {
        await this.fail(claim, failure);
        return 0;
      }
      this.logger.error({ err: error, importId: claim.id }, 'Analysing an uploaded file failed; will retry');
      if (claim.attempt >= MAX_ATTEMPTS) {
        await this.fail(claim, {
          code: 'analysis_failed',
          message: `The file could not be analysed in ${MAX_ATTEMPTS} tries; upload it again.`,
        });
      } else await this.release(claim);
    } catch (failure) {
      this.logger.error({ err: failure, importId: claim.id }, 'Could not record how the analysis ended');
    }
    return POLL_RETRY_MS;
  }

  /** The import waiting longest that no try holds, now held by this one. */
  private async claim(): Promise<Claim | undefined> {
    const em = this.fork();
    const [claim] = await executeBound<Claim>(
      em,
      `update ${this.table(em)} set "analysis_attempts" = "analysis_attempts" + 1,
              "analysis_claimed_until" = now() + make_interval(secs => ?)
        where "id" = (select "id" from ${this.table(em)}
                       where "status" = 'analyzing'
                         and ("analysis_claimed_until" is null or "analysis_claimed_until" < now())
                       order by "updated_at" limit 1 for update skip locked)
        returning "id", "analysis_attempts" as "attempt"`,
      [CLAIM_SECONDS],
    );
    return claim;
  }

  private async analyze(claim: Claim): Promise<void> {
    const em = this.fork();
    const imported = await em.findOneOrFail(Import, { id: claim.id });
    const file = imported.analysisFile;
    if (!file) throw new ClaimLost();
    const settings = await analysisSettings(this.services, imported.institutionId);
    await this.holding(claim, 0, (store) => store.clear());
    let findingsWritten = 0;
    const write = async (batch: AnalysisBatch) => {
      if (this.stopping) throw new Stopping();
      await this.holding(claim, batch.rowsRead, async (store) => {
        await store.writeRows(batch.rows, batch.plans);
        await store.writeFindings(batch.findings, findingsWritten);
      });
      findingsWritten += batch.findings.length;
      rowsAnalysed.inc(batch.rows.length);
    };
    const result = await this.files.read(file, (bytes) =>
      analyzeFile(bytes, FILE_DEFINITIONS[imported.fileType], settings, write, (rows) =>
        this.planner.plan(imported, rows),
      ),
    );
    await this.finish(claim, analysed(result));
    await this.files.remove(file);
  }

  /** The file could not be analysed: the import fails with why, without rows or findings. */
  private async fail(claim: Claim, failure: AnalysisFailureReply): Promise<void> {
    const file = (await this.fork().findOneOrFail(Import, { id: claim.id })).analysisFile;
    await this.holding(claim, 0, (store) => store.clear());
    await this.finish(claim, {
      status: 'failed',
      analysisFailure: failure,
      header: [],
      rows: 0,
      errors: 0,
      warnings: 0,
      findingsOmitted: [],
    });
    if (file) await this.files.remove(file);
  }

  private async finish(claim: Claim, outcome: Partial<Import>): Promise<void> {
    const updated = await this.fork().nativeUpdate(
      Import,
      { id: claim.id, analysisAttempts: claim.attempt, status: 'analyzing' },
      {
        ...outcome,
        analysisFile: null,
        analysisClaimedUntil: null,
        analysisFinishedAt: new Date(),
        updatedAt: new Date(),
      },
    );
    if (updated === 0) throw new ClaimLost();
  }

  /** Lets go of the import for the next try to take up at once. */
  private async release(claim: Claim): Promise<void> {
    const em = this.fork();
    await executeBound(
      em,
      `update ${this.table(em)} set "analysis_claimed_until" = null
        where "id" = ? and "analysis_attempts" = ? and "status" = 'analyzing'`,
      [claim.id, claim.attempt],
    );
  }

  /** Does `work` in one transaction with the import held a while longer and its progress, if the try still holds it. */
  private async holding(claim: Claim, rowsRead: number, work: (store: ImportStore) => Promise<void>) {
    await this.fork().transactional(async (tx) => {
      const held = await executeBound(
        tx,
        `update ${this.table(tx)}
            set "analysis_claimed_until" = now() + make_interval(secs => ?), "analysis_rows_read" = ?
          where "id" = ? and "analysis_attempts" = ? and "status" = 'analyzing' returning "id"`,
        [CLAIM_SECONDS, rowsRead, claim.id, claim.attempt],
      );
      if (held.length === 0) throw new ClaimLost();
      await work(new ImportStore(tx, claim.id));
    });
  }

  private table(em: EntityManager): string {
    return `"${em.config.get('schema')}"."import"`;
  }

  private fork(): EntityManager {
    return this.orm.em.fork();
  }
}

function analysed(result: FileAnalysisResult): Partial<Import> {
  return {
    status: 'analyzed',
    header: result.header,
    rows: result.rows,
    analysisRowsRead: result.rows,
    errors: result.errors,
    warnings: result.warnings,
    findingsOmitted: result.omitted,
  };
}

/** Why the import fails for good when the error is about the file or the institution; undefined when a retry may do. */
function finalFailure(error: unknown): AnalysisFailureReply | undefined {
  if (error instanceof UnreadableFile) return { code: error.code, message: error.message };
  if (error instanceof RpcError && FINAL_KINDS.has(error.body.kind)) {
    return { code: error.body.code, message: error.body.message };
  }
  return undefined;
}
