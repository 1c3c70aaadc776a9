import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  IdentitySubjects,
  ImportApplyCommand,
  ImportApplyReply,
  ImportLookupCommand,
  ImportLookupReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { ImportApply } from './import-apply';
import { ImportLookup } from './import-lookup';

/** What the importer asks identity, in batches. */
@RpcController()
export class ImportsController {
  constructor(
    private readonly em: EntityManager,
    private readonly lookup: ImportLookup,
    private readonly applier: ImportApply,
  ) {}

  @MessagePattern(IdentitySubjects.importLookup)
  @CreateRequestContext()
  find(@Payload() command: ImportLookupCommand): Promise<ImportLookupReply> {
    return this.lookup.find(this.em, command);
  }

  @MessagePattern(IdentitySubjects.importApply)
  @CreateRequestContext()
  apply(@Payload() command: ImportApplyCommand): Promise<ImportApplyReply> {
    return this.applier.apply(this.em, command);
  }
}
