import { Module } from '@nestjs/common';
import { InstitutionEventsHandler } from './institution-events.handler';
import { InstitutionsController } from './institutions.controller';

@Module({ controllers: [InstitutionsController], providers: [InstitutionEventsHandler] })
export class InstitutionsModule {}
