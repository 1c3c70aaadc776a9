import { type AppProcess, type CaughtMail, codeIn, linkTokensIn } from '@careers/testing';
import { readFileSync } from 'node:fs';

/** A secret handed out (or typed in) during a test, and what it is, to name it when it shows up. */
export interface Secret {
  what: string;
  value: string;
}

/** Every link token and code in the mails. */
export function mailedSecrets(mails: CaughtMail[]): Secret[] {
  return mails.flatMap((mail) => [
    ...linkTokensIn(mail).map((value) => ({ what: `the link token mailed as "${mail.subject}"`, value })),
    ...(/code/.test(mail.subject)
      ? [{ what: `the code mailed as "${mail.subject}"`, value: codeIn(mail) }]
      : []),
  ]);
}

/**
 * Each line of the apps' logs holding one of the secrets whole (not inside a longer run of letters and digits: a
 * six-digit code is in many a timestamp), as `<app>.log:<line>: <what>: <the line>`. Read once the apps are stopped.
 */
export function secretsInLogs(apps: AppProcess[], secrets: Secret[]): string[] {
  return apps.flatMap((app) =>
    readFileSync(app.logFile, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        secrets
          .filter((secret) => holdsWhole(line, secret.value))
          .map((secret) => `${app.name}.log:${index + 1}: ${secret.what}: ${line.slice(0, 400)}`),
      ),
  );
}

function holdsWhole(line: string, value: string): boolean {
  const alphanumeric = /[A-Za-z0-9]/;
  for (let at = line.indexOf(value); at >= 0; at = line.indexOf(value, at + 1)) {
    const before = line[at - 1] ?? '';
    const after = line[at + value.length] ?? '';
    if (!alphanumeric.test(before) && !alphanumeric.test(after)) return true;
  }
  return false;
}
