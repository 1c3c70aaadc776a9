import { Module } from '@nestjs/common';
import { CreateInstitution } from './create-institution';
import { InstitutionGuard } from './institution-guard';
import { InstitutionsController } from './institutions.controller';

@Module({
  controllers: [InstitutionsController],
  providers: [CreateInstitution, InstitutionGuard],
  exports: [InstitutionGuard],
})
export class InstitutionsModule {}
