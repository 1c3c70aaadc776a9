import type { AccessTokenMemberships, UserType } from '@careers/contracts';

/** Who is calling, as the verified access token says. */
export interface Caller {
  userId: string;
  email: string;
  userType: UserType;
  /** The roles of each active membership, by institution id. */
  memberships: AccessTokenMemberships;
  /** When the token was issued (seconds since the epoch). */
  issuedAt: number;
}
