import { isTcpReachable } from '@careers/local-infra';
import { SmtpCatcher } from '@careers/testing';

const DEV_SMTP_PORT = 1025;

export interface DevMail {
  smtpUrl: string;
  catcher?: SmtpCatcher;
}

/**
 * Where the dev stack's mail goes: SMTP_URL when given; else a mail catcher already on port 1025 (maildev, say);
 * else a small catcher inside this command that prints each mail (recipient, subject and text, with its links).
 */
export async function devMail(log: (line: string) => void): Promise<DevMail> {
  const given = process.env['SMTP_URL'];
  if (given) return { smtpUrl: given };
  const smtpUrl = `smtp://127.0.0.1:${DEV_SMTP_PORT}`;
  if (await isTcpReachable('127.0.0.1', DEV_SMTP_PORT)) {
    log(`Mail goes to the SMTP server already on ${smtpUrl}.`);
    return { smtpUrl };
  }
  const catcher = await SmtpCatcher.start({
    port: DEV_SMTP_PORT,
    onMail: (mail) => {
      log(`Mail to ${mail.to.join(', ')}: ${mail.subject}`);
      for (const line of mail.text.trim().split('\n')) log(`  | ${line}`);
    },
  });
  log(`Caught mail is printed here (a mail catcher listens on ${smtpUrl}).`);
  return { smtpUrl, catcher };
}
