import { useStaff } from '../staff/use-staff';

/** Who did something, by user id: the school's staff by name (someone else, such as a platform administrator, by role). */
export function useStaffNames(institutionId: string): (userId: string) => string {
  const staff = useStaff(institutionId);
  const names = new Map((staff.data ?? []).map((member) => [member.userId, member.name]));
  return (userId) => names.get(userId) ?? (staff.data ? 'Someone outside the staff' : '…');
}
