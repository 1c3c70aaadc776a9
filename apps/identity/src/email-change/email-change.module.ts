import { Module } from '@nestjs/common';
import { EmailChangeController } from './email-change.controller';
import { EmailChangeService } from './email-change.service';
import { EmailRestores } from './email-restores';

@Module({
  controllers: [EmailChangeController],
  providers: [EmailChangeService, EmailRestores],
  exports: [EmailChangeService],
})
export class EmailChangeModule {}
