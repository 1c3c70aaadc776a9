/** A join request's status as a colour beside its word (the word always says it; the colour only helps). */
export const REQUEST_STATUS_COLORS: Record<string, string> = {
  pending: 'yellow',
  approved: 'green',
  declined: 'red',
  account_deleted: 'gray',
};

export const KIND_OPTIONS = [
  { value: 'student', label: 'Student' },
  { value: 'alumni', label: 'Alumni' },
  { value: 'employer', label: 'Employer' },
];

export const STATUS_OPTIONS = [
  { value: 'pending', label: 'Pending' },
  { value: 'approved', label: 'Approved' },
  { value: 'declined', label: 'Declined' },
  { value: 'account_deleted', label: 'Account deleted' },
];
