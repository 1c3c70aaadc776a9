import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IdentitySubjects, ImportLookupCommand, ImportLookupReply } from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { ImportLookup } from './import-lookup';

/** What the importer asks identity, in batches. */
@RpcController()
export class ImportsController {
  constructor(
    private readonly em: EntityManager,
    private readonly lookup: ImportLookup,
  ) {}

  @MessagePattern(IdentitySubjects.importLookup)
  @CreateRequestContext()
  find(@Payload() command: ImportLookupCommand): Promise<ImportLookupReply> {
    return this.lookup.find(this.em, command);
  }
}
