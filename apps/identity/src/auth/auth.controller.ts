import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AccessTokenReply,
  CurrentAccessReply,
  CurrentAccessRequest,
  IdentitySubjects,
  LoginRequest,
  SigningKeysReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { AuthService } from './auth.service';

@RpcController()
export class AuthController {
  constructor(
    private readonly em: EntityManager,
    private readonly auth: AuthService,
  ) {}

  @MessagePattern(IdentitySubjects.login)
  @CreateRequestContext()
  login(@Payload() request: LoginRequest): Promise<AccessTokenReply> {
    return this.auth.login(this.em, request);
  }

  @MessagePattern(IdentitySubjects.currentAccess)
  @CreateRequestContext()
  currentAccess(@Payload() request: CurrentAccessRequest): Promise<CurrentAccessReply> {
    return this.auth.currentAccess(this.em, request);
  }

  @MessagePattern(IdentitySubjects.signingKeys)
  signingKeys(): SigningKeysReply {
    return this.auth.signingKeys();
  }
}
