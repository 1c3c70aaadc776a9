import { Module } from '@nestjs/common';
import { CreateInstitution } from './institutions.service';
import { InstitutionGuard } from './institution-guard';
import { InstitutionsController } from './institutions.controller';

@Module({
  controllers: [InstitutionsController],
  providers: [CreateInstitution, InstitutionGuard],
  exports: [InstitutionGuard],
})
export class InstitutionsModule {}
