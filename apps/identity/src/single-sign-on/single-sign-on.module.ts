import { DynamicModule, Module } from '@nestjs/common';
import { InstitutionsModule } from '../institutions/institutions.module';
import { OpenIdRelyingParty } from './openid-relying-party';
import { SecretBox } from './secret-box';
import { SingleSignOnController } from './single-sign-on.controller';
import { SingleSignOnFlow } from './single-sign-on-flow';
import {
  SINGLE_SIGN_ON_CALLBACK_PATH,
  SINGLE_SIGN_ON_REDIRECT_URI,
  SingleSignOnOptions,
} from './single-sign-on-options';
import { SingleSignOnSettings } from './single-sign-on-settings';

/** Single sign-on through each institution's OpenID provider: its configuration and the sign-in flow. */
@Module({})
export class SingleSignOnModule {
  static register(options: SingleSignOnOptions): DynamicModule {
    return {
      module: SingleSignOnModule,
      imports: [InstitutionsModule],
      controllers: [SingleSignOnController],
      providers: [
        SingleSignOnSettings,
        SingleSignOnFlow,
        { provide: SecretBox, useFactory: () => SecretBox.fromConfig(options.secretKey) },
        {
          provide: OpenIdRelyingParty,
          useValue: new OpenIdRelyingParty(
            options.timeoutMs,
            options.allowHttp,
            options.allowPrivateAddresses,
          ),
        },
        {
          provide: SINGLE_SIGN_ON_REDIRECT_URI,
          useValue: `${options.webAppUrl.replace(/\/$/, '')}${SINGLE_SIGN_ON_CALLBACK_PATH}`,
        },
      ],
    };
  }
}
