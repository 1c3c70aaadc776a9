import { Module } from '@nestjs/common';
import { InstitutionGuard } from './institution-guard';
import { InstitutionsController } from './institutions.controller';
import { InstitutionsService } from './institutions.service';

@Module({
  controllers: [InstitutionsController],
  providers: [InstitutionsService, InstitutionGuard],
  exports: [InstitutionGuard],
})
export class InstitutionsModule {}
