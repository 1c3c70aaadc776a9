import type { ColumnDefinition } from './file-definition';

const NAME = { kind: 'text', maxLength: 100 } as const;

/** The columns every people file has: names, the two identifiers, SSO, and the file's own user type. */
export function userColumns(userType: string): ColumnDefinition[] {
  return [
    { name: 'first_name', rule: NAME, required: true },
    { name: 'last_name', rule: NAME, required: true },
    { name: 'email_address', rule: { kind: 'email' }, required: true, uniqueInFile: true },
    { name: 'username', rule: { kind: 'text', maxLength: 200 }, required: true, uniqueInFile: true },
    {
      name: 'auth_identifier',
      rule: { kind: 'text', maxLength: 200 },
      singleSignOnOnly: true,
      uniqueInFile: true,
    },
    { name: 'user_type', rule: { kind: 'exactly', value: userType }, required: true },
  ];
}
