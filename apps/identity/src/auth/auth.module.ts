import { DynamicModule, Module } from '@nestjs/common';
import { AccessTokens } from './access-tokens';
import { AuthController } from './auth.controller';
import { PasswordHasher } from './password-hasher';
import { loadSigningKey } from './signing-key';
import { SIGNING_KEY, TOKEN_SETTINGS, TokenSettings } from './token-settings';

@Module({})
export class AuthModule {
  static register(settings: TokenSettings, privateKeyPem: string | undefined): DynamicModule {
    return {
      module: AuthModule,
      controllers: [AuthController],
      providers: [
        PasswordHasher,
        AccessTokens,
        { provide: TOKEN_SETTINGS, useValue: settings },
        { provide: SIGNING_KEY, useFactory: () => loadSigningKey(privateKeyPem) },
      ],
      exports: [PasswordHasher],
    };
  }
}
