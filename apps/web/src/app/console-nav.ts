/** The staff console's sections, in the seeds' words, each a path under `/schools/:institutionId/`. */
export const CONSOLE_SECTIONS: { path: string; label: string; group: string }[] = [
  { path: 'contacts', label: 'Contacts', group: 'Relationships' },
  { path: 'companies', label: 'Companies', group: 'Relationships' },
  { path: 'requests', label: 'Pending requests', group: 'People' },
  { path: 'users', label: 'Users', group: 'People' },
  { path: 'imports', label: 'Importer', group: 'People' },
  { path: 'bulk-invites', label: 'Bulk invites', group: 'School settings' },
  { path: 'staff', label: 'Staff', group: 'School settings' },
  { path: 'settings', label: 'Settings', group: 'School settings' },
];
