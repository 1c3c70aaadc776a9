import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const PASSWORD_FILE = '.data/admin-password';
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

function randomPassword(length = 24): string {
  let password = '';
  for (let i = 0; i < length; i++) password += ALPHABET[randomInt(ALPHABET.length)];
  return password;
}

/** The password generated on the first run and kept in .data/admin-password (mode 600). */
function keptPassword(): string {
  if (existsSync(PASSWORD_FILE)) {
    const kept = readFileSync(PASSWORD_FILE, 'utf8').trim();
    if (kept) return kept;
  }
  const password = randomPassword();
  mkdirSync(dirname(PASSWORD_FILE), { recursive: true });
  writeFileSync(PASSWORD_FILE, `${password}\n`, { mode: 0o600 });
  return password;
}

export interface AdminCredentials {
  email: string;
  password: string;
  /** Where the password comes from, to tell the user. */
  passwordSource: string;
}

/** BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD, with the local defaults. */
export function adminCredentials(env: NodeJS.ProcessEnv = process.env): AdminCredentials {
  const email = env['BOOTSTRAP_ADMIN_EMAIL'] || 'admin@example.com';
  const fromEnv = env['BOOTSTRAP_ADMIN_PASSWORD'];
  return fromEnv
    ? { email, password: fromEnv, passwordSource: 'BOOTSTRAP_ADMIN_PASSWORD' }
    : { email, password: keptPassword(), passwordSource: PASSWORD_FILE };
}
