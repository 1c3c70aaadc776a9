import { Module } from '@nestjs/common';
import { ImportApply } from './import-apply';
import { ImportLookup } from './import-lookup';
import { ImportsController } from './imports.controller';

@Module({ controllers: [ImportsController], providers: [ImportLookup, ImportApply] })
export class ImportsModule {}
