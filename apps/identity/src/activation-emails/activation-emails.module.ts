import { Module } from '@nestjs/common';
import { InstitutionsModule } from '../institutions/institutions.module';
import { ActivationEmailsController } from './activation-emails.controller';
import { ActivationEmailsService } from './activation-emails.service';
import { ActivationEmailsWorker } from './activation-emails-worker';

/** Activation emails staff send to the people their school's files loaded. */
@Module({
  imports: [InstitutionsModule],
  controllers: [ActivationEmailsController],
  providers: [ActivationEmailsService, ActivationEmailsWorker],
})
export class ActivationEmailsModule {}
