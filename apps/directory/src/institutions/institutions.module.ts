import { Module } from '@nestjs/common';
import { CreateInstitution } from './create-institution';
import { InstitutionsController } from './institutions.controller';

@Module({ controllers: [InstitutionsController], providers: [CreateInstitution] })
export class InstitutionsModule {}
