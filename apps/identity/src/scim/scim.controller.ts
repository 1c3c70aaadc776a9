import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreatedScimTokenReply,
  CreateScimTokenCommand,
  IdentitySubjects,
  InstitutionScope,
  ProvisionScimPersonCommand,
  ResolveScimTokenCommand,
  ScimPeopleQuery,
  ScimPeopleReply,
  ScimPerson,
  ScimPersonCommand,
  ScimTokenCommand,
  ScimTokenListReply,
  ScimTokenReply,
  ScimTokenScope,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { ScimPeople } from './scim-people';
import { ScimProvisioning } from './scim-provisioning';
import { ScimTokens } from './scim-tokens';

/** SCIM 2.0 provisioning: the administrators' tokens, and the people a school's identity provider keeps in step. */
@RpcController()
export class ScimController {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: ScimTokens,
    private readonly people: ScimPeople,
    private readonly provisioning: ScimProvisioning,
  ) {}

  @MessagePattern(IdentitySubjects.createScimToken)
  @CreateRequestContext()
  createToken(@Payload() command: CreateScimTokenCommand): Promise<CreatedScimTokenReply> {
    return this.tokens.create(this.em, command);
  }

  @MessagePattern(IdentitySubjects.listScimTokens)
  @CreateRequestContext()
  listTokens(@Payload() query: InstitutionScope): Promise<ScimTokenListReply> {
    return this.tokens.list(this.em, query.institutionId);
  }

  @MessagePattern(IdentitySubjects.revokeScimToken)
  @CreateRequestContext()
  revokeToken(@Payload() command: ScimTokenCommand): Promise<ScimTokenReply> {
    return this.tokens.revoke(this.em, command);
  }

  @MessagePattern(IdentitySubjects.resolveScimToken)
  @CreateRequestContext()
  resolveToken(@Payload() command: ResolveScimTokenCommand): Promise<ScimTokenScope> {
    return this.tokens.resolve(this.em, command.token);
  }

  @MessagePattern(IdentitySubjects.getScimPerson)
  @CreateRequestContext()
  getPerson(@Payload() query: ScimPersonCommand): Promise<ScimPerson> {
    return this.people.get(this.em, query.institutionId, query.userId);
  }

  @MessagePattern(IdentitySubjects.listScimPeople)
  @CreateRequestContext()
  listPeople(@Payload() query: ScimPeopleQuery): Promise<ScimPeopleReply> {
    return this.people.list(this.em, query);
  }

  @MessagePattern(IdentitySubjects.provisionScimPerson)
  @CreateRequestContext()
  provision(@Payload() command: ProvisionScimPersonCommand): Promise<ScimPerson> {
    return this.provisioning.provision(this.em, command);
  }
}
