import { DynamicModule, Module } from '@nestjs/common';
import { AccessTokens } from './access-tokens';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { loadSigningKey } from './signing-key';
import { SIGNING_KEY, TOKEN_SETTINGS, TokenSettings } from './token-settings';

/** Access tokens and password hashing: registered once by the app with its token settings, used by every feature. */
@Module({})
export class AuthModule {
  static register(
    settings: TokenSettings,
    keys: { privateKeyPem: string | undefined; previousPublicKeyPems: string[] },
  ): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      controllers: [AuthController],
      providers: [
        AuthService,
        PasswordHasher,
        AccessTokens,
        { provide: TOKEN_SETTINGS, useValue: settings },
        {
          provide: SIGNING_KEY,
          useFactory: () => loadSigningKey(keys.privateKeyPem, keys.previousPublicKeyPems),
        },
      ],
      exports: [PasswordHasher, AccessTokens],
    };
  }
}
