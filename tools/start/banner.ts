import type { AdminCredentials } from './admin-credentials';

/** Quotes a string for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** What to print once everything answers. */
export function readyBanner(gatewayUrl: string, admin: AdminCredentials): string {
  const body = JSON.stringify({ email: admin.email, password: admin.password });
  return [
    '',
    'Everything is up.',
    `  Web app:        ${gatewayUrl}/   (sign in as the administrator below)`,
    `  Gateway:        ${gatewayUrl}/v1`,
    `  API docs:       ${gatewayUrl}/docs`,
    `  Administrator:  ${admin.email}`,
    `  Password:       ${admin.password}   (from ${admin.passwordSource})`,
    '',
    '  Log in:',
    `  curl -sS -X POST ${gatewayUrl}/v1/auth/login -H 'Content-Type: application/json' -d ${shellQuote(body)}`,
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
}
