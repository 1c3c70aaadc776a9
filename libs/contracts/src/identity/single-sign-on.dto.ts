import {
  IsBoolean,
  IsDefined,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { InstitutionScope } from './institution-scope.dto';

/** The claims an institution's provider may carry its people's `auth_identifier` in. */
export const IDENTIFIER_CLAIMS = [
  'sub',
  'preferred_username',
  'eduPersonPrincipalName',
  'email',
  'upn',
] as const;
export type IdentifierClaim = (typeof IDENTIFIER_CLAIMS)[number];

// Decorators run bottom-up and the first failure per field is the one reported: presence, then type, then shape.
/** An administrator sets the institution's OpenID provider. Without `clientSecret`, the one stored is kept. */
export class SingleSignOnSettingsRequest {
  /** The provider's issuer identifier: its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  @MaxLength(500)
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true, require_tld: false },
    { message: 'issuer must be an http(s) URL' },
  )
  @IsString()
  @IsDefined({ message: 'issuer is required' })
  issuer!: string;

  @MaxLength(255)
  @MinLength(1)
  @IsString()
  @IsDefined({ message: 'clientId is required' })
  clientId!: string;

  /** Write-only: stored encrypted and never answered. Left out, the secret stored before is kept. */
  @MaxLength(1024)
  @MinLength(1)
  @IsString()
  @IsOptional()
  clientSecret?: string;

  /** The claim of the ID token (or user info) that carries the person's `auth_identifier`. */
  @Matches(new RegExp(`^(${IDENTIFIER_CLAIMS.join('|')})$`), {
    message: `identifierClaim must be one of ${IDENTIFIER_CLAIMS.join(', ')}`,
  })
  @IsString()
  @IsDefined({ message: 'identifierClaim is required' })
  identifierClaim!: IdentifierClaim;

  /** Off, nobody signs in through the provider (the settings are kept). */
  @IsBoolean()
  @IsDefined({ message: 'enabled is required' })
  enabled!: boolean;
}

export class UpdateSingleSignOnCommand extends SingleSignOnSettingsRequest {
  @IsUUID()
  institutionId!: string;

  /** The caller, whose roles identity checks again as it makes the change. */
  @IsUUID()
  actorId!: string;
}

/** The institution's provider as configured; the client secret is never part of it. */
export class SingleSignOnSettingsReply {
  institutionId!: string;
  /** False until an administrator configures a provider: then the other fields are null. */
  configured!: boolean;
  issuer!: string | null;
  clientId!: string | null;
  /** Whether a client secret is stored (it is never answered). */
  clientSecretSet!: boolean;
  identifierClaim!: IdentifierClaim | null;
  enabled!: boolean;
  /** Where the provider sends people back: register it with the provider as the client's redirect URI. */
  redirectUri!: string;
  updatedAt!: string | null;
}

/** A school whose people sign in through its provider. */
export class SingleSignOnSchool {
  institutionId!: string;
  name!: string;
}

export class SingleSignOnSchoolsReply {
  items!: SingleSignOnSchool[];
}

/** A sign-in through the school's provider begins. */
export class StartSingleSignOnCommand extends InstitutionScope {}

export class SingleSignOnStartReply {
  /** Where to send the browser: the provider's sign-in page. */
  authorizationUrl!: string;
  /**
   * Keep it in the tab (sessionStorage) and send it back with the callback: a callback that comes to another browser
   * is refused.
   */
  binding!: string;
}

/** The provider sent the browser back to the web app's redirect URI; the web app hands the result to the API. */
export class SingleSignOnCallbackRequest {
  /**
   * The query string the provider added to the redirect URI (`code`, `state`, `iss`, or `error`): a secret, which no
   * log line keeps.
   */
  @MaxLength(8192)
  @Matches(/^\??[^#\s]*$/, { message: 'authorizationResponse must be the query string of the redirect' })
  @IsString()
  @IsDefined({ message: 'authorizationResponse is required' })
  authorizationResponse!: string;

  /** What the start gave this tab. */
  @MaxLength(100)
  @IsString()
  @IsDefined({ message: 'binding is required' })
  binding!: string;
}
