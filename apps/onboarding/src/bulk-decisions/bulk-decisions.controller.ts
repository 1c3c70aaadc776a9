import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  BulkDecisionCommand,
  BulkDecisionQueryCommand,
  BulkDecisionReply,
  BulkDecisionResultPageReply,
  ListBulkDecisionResultsCommand,
  OnboardingSubjects,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { BulkDecisionsService } from './bulk-decisions.service';

@RpcController()
export class BulkDecisionsController {
  constructor(
    private readonly em: EntityManager,
    private readonly decisions: BulkDecisionsService,
  ) {}

  @MessagePattern(OnboardingSubjects.startBulkDecision)
  @CreateRequestContext()
  start(@Payload() command: BulkDecisionCommand): Promise<BulkDecisionReply> {
    return this.decisions.start(this.em, command);
  }

  @MessagePattern(OnboardingSubjects.getBulkDecision)
  @CreateRequestContext()
  get(@Payload() command: BulkDecisionQueryCommand): Promise<BulkDecisionReply> {
    return this.decisions.get(this.em, command.institutionId, command.bulkDecisionId);
  }

  @MessagePattern(OnboardingSubjects.listBulkDecisionResults)
  @CreateRequestContext()
  results(@Payload() query: ListBulkDecisionResultsCommand): Promise<BulkDecisionResultPageReply> {
    return this.decisions.results(this.em, query);
  }
}
