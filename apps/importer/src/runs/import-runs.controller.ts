import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  FailedRowsCommand,
  FailedRowsPageReply,
  ImporterSubjects,
  ImportReply,
  ListPlanCommand,
  PlanPageReply,
  StartRunCommand,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { ImportRunsService } from './import-runs.service';

@RpcController()
export class ImportRunsController {
  constructor(
    private readonly em: EntityManager,
    private readonly runs: ImportRunsService,
  ) {}

  @MessagePattern(ImporterSubjects.startRun)
  @CreateRequestContext()
  start(@Payload() command: StartRunCommand): Promise<ImportReply> {
    return this.runs.start(this.em, command);
  }

  @MessagePattern(ImporterSubjects.listResults)
  @CreateRequestContext()
  results(@Payload() query: ListPlanCommand): Promise<PlanPageReply> {
    return this.runs.results(this.em, query);
  }

  @MessagePattern(ImporterSubjects.failedRows)
  @CreateRequestContext()
  failedRows(@Payload() command: FailedRowsCommand): Promise<FailedRowsPageReply> {
    return this.runs.failedRows(this.em, command);
  }
}
