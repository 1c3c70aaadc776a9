import type { UserType } from '@careers/contracts';

/** Who is calling, as the verified access token says. */
export interface Caller {
  userId: string;
  email: string;
  userType: UserType;
}
