/** The roles a membership can hold in one institution. */
export const INSTITUTION_ROLES = [
  'career_services_admin',
  'career_services_staff',
  'employer',
  'student',
  'alumni',
  'mentor',
] as const;
export type InstitutionRole = (typeof INSTITUTION_ROLES)[number];

/** The roles of an institution's career-services staff, the people `/staff` manages. */
export const STAFF_ROLES = ['career_services_admin', 'career_services_staff'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const PERMISSIONS = [
  'contacts:read',
  'contacts:write',
  'invites:send',
  'requests:review',
  'imports:manage',
  'users:read',
  'users:write',
  'staff:manage',
  'settings:read',
  'settings:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF_PERMISSIONS: Permission[] = [
  'contacts:read',
  'contacts:write',
  'invites:send',
  'requests:review',
  'imports:manage',
  'users:read',
  'users:write',
  'settings:read',
];

/** What each role may do in its institution. A platform administrator may do everything everywhere. */
export const ROLE_PERMISSIONS: Record<InstitutionRole, readonly Permission[]> = {
  career_services_admin: [...STAFF_PERMISSIONS, 'staff:manage', 'settings:write'],
  career_services_staff: STAFF_PERMISSIONS,
  employer: [],
  student: [],
  alumni: [],
  mentor: [],
};

export function hasPermission(roles: readonly InstitutionRole[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission));
}
