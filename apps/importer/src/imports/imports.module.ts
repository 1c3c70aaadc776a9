import { Module } from '@nestjs/common';
import { ImportFileReader } from './import-file-reader';
import { ImportsController } from './imports.controller';
import { Imports } from './imports.service';

@Module({ controllers: [ImportsController], providers: [ImportFileReader, Imports] })
export class ImportsModule {}
