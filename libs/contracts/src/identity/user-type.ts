export const USER_TYPES = [
  'student',
  'alumni',
  'employer',
  'career_services',
  'mentor',
  'platform_admin',
] as const;

export type UserType = (typeof USER_TYPES)[number];
