import type { InstitutionRole, MembershipStatus, UserType } from '@careers/contracts';
import { ManagedAccount, managedAloneBy } from './managed-accounts';

const HERE = '5d0c1a9e-4a1b-4c55-9a54-3f8f5f6a0001';
const ELSEWHERE = '5d0c1a9e-4a1b-4c55-9a54-3f8f5f6a0002';

function person(
  userType: UserType,
  memberships: Array<[string, InstitutionRole[]]>,
  loginEntrusted = true,
  status: MembershipStatus = 'active',
): ManagedAccount {
  return {
    userType,
    memberships: memberships.map(([institutionId, roles]) => ({
      institutionId,
      status,
      roles,
      loginEntrusted,
    })),
  };
}

describe('managedAloneBy', () => {
  it.each<[string, UserType, Array<[string, InstitutionRole[]]>, boolean]>([
    ['a student of this school only', 'student', [[HERE, ['student']]], true],
    ['an alumna of this school only', 'alumni', [[HERE, ['alumni']]], true],
    ['a mentor of this school only', 'mentor', [[HERE, ['mentor']]], true],
    [
      'a student of two schools',
      'student',
      [
        [HERE, ['student']],
        [ELSEWHERE, ['student']],
      ],
      false,
    ],
    [
      'a mentor who is staff elsewhere',
      'mentor',
      [
        [HERE, ['mentor']],
        [ELSEWHERE, ['career_services_staff']],
      ],
      false,
    ],
    ['an employer', 'employer', [[HERE, ['employer']]], false],
    ['a staff member', 'career_services', [[HERE, ['career_services_staff']]], false],
    ['an administrator', 'career_services', [[HERE, ['career_services_admin']]], false],
    ['a student holding a staff role here', 'student', [[HERE, ['student', 'career_services_admin']]], false],
    ['a platform administrator', 'platform_admin', [], false],
  ])('%s: %s', (_label, userType, memberships, managed) => {
    expect(managedAloneBy(person(userType, memberships), HERE)).toBe(managed);
  });

  it('refuses an account an import attached without the person, though the school is its only one', () => {
    expect(managedAloneBy(person('student', [[HERE, ['student']]], false), HERE)).toBe(false);
  });

  it.each<MembershipStatus>(['pending', 'declined'])(
    'refuses a student whose only tie is a %s request to join',
    (status) => {
      expect(managedAloneBy(person('student', [[HERE, []]], true, status), HERE)).toBe(false);
    },
  );
});
