import { Module } from '@nestjs/common';
import { JoinRequestDecisions } from './join-request-decisions';
import { JoinRequestsController } from './join-requests.controller';
import { JoinRequestsService } from './join-requests.service';
import { People } from './people';

@Module({
  controllers: [JoinRequestsController],
  providers: [People, JoinRequestsService, JoinRequestDecisions],
  exports: [People, JoinRequestsService, JoinRequestDecisions],
})
export class JoinRequestsModule {}
