import { Module } from '@nestjs/common';
import { InstitutionsModule } from '../institutions/institutions.module';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';

@Module({ imports: [InstitutionsModule], controllers: [CompaniesController], providers: [CompaniesService] })
export class CompaniesModule {}
