import { Module } from '@nestjs/common';
import { InstitutionDirectory } from './institution-directory';
import { InstitutionEventsHandler } from './institution-events.handler';
import { InstitutionsController } from './institutions.controller';

@Module({
  controllers: [InstitutionsController],
  providers: [InstitutionEventsHandler, InstitutionDirectory],
  exports: [InstitutionDirectory],
})
export class InstitutionsModule {}
