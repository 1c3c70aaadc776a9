import { Module } from '@nestjs/common';
import { InstitutionsModule } from '../institutions/institutions.module';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

@Module({ imports: [InstitutionsModule], controllers: [StaffController], providers: [StaffService] })
export class StaffModule {}
