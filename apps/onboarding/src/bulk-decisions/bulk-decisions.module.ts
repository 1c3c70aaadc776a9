import { Module } from '@nestjs/common';
import { JoinRequestsModule } from '../join-requests/join-requests.module';
import { BulkDecisionWorker } from './bulk-decision-worker';
import { BulkDecisionsController } from './bulk-decisions.controller';
import { BulkDecisionsService } from './bulk-decisions.service';

@Module({
  imports: [JoinRequestsModule],
  controllers: [BulkDecisionsController],
  providers: [BulkDecisionsService, BulkDecisionWorker],
})
export class BulkDecisionsModule {}
