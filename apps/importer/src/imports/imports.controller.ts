import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateImportCommand,
  ListPlanCommand,
  PlanPageReply,
  FindingPageReply,
  ImportCommand,
  ImportPageReply,
  ImportReply,
  ImporterSubjects,
  ListFindingsCommand,
  ListImportsCommand,
  ReplaceImportFileCommand,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { ImportsService } from './imports.service';

@RpcController()
export class ImportsController {
  constructor(
    private readonly em: EntityManager,
    private readonly imports: ImportsService,
  ) {}

  @MessagePattern(ImporterSubjects.createImport)
  @CreateRequestContext()
  create(@Payload() command: CreateImportCommand): Promise<ImportReply> {
    return this.imports.create(this.em, command);
  }

  @MessagePattern(ImporterSubjects.replaceImportFile)
  @CreateRequestContext()
  replaceFile(@Payload() command: ReplaceImportFileCommand): Promise<ImportReply> {
    return this.imports.replaceFile(this.em, command);
  }

  @MessagePattern(ImporterSubjects.listImports)
  @CreateRequestContext()
  list(@Payload() query: ListImportsCommand): Promise<ImportPageReply> {
    return this.imports.list(this.em, query);
  }

  @MessagePattern(ImporterSubjects.getImport)
  @CreateRequestContext()
  get(@Payload() command: ImportCommand): Promise<ImportReply> {
    return this.imports.get(this.em, command.institutionId, command.importId);
  }

  @MessagePattern(ImporterSubjects.listFindings)
  @CreateRequestContext()
  findings(@Payload() query: ListFindingsCommand): Promise<FindingPageReply> {
    return this.imports.findings(this.em, query);
  }

  @MessagePattern(ImporterSubjects.listPlan)
  @CreateRequestContext()
  plan(@Payload() query: ListPlanCommand): Promise<PlanPageReply> {
    return this.imports.plan(this.em, query);
  }
}
