import 'reflect-metadata';
import { PersistenceModule } from '@careers/persistence';
import { REFUSED_MAIL_DOMAIN, SmtpCatcher, TestDatabase, waitFor } from '@careers/testing';
import { MikroORM } from '@mikro-orm/core';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { setTimeout as delay } from 'node:timers/promises';
import { CreateMailTables, defineMailTemplate, MAIL_ENTITIES, MailModule, queueMail } from '../src';

const SCHEMA = 'mail_test';

const notice = defineMailTemplate<{ name: string }>({
  name: 'notice',
  subject: 'A notice',
  html: '<p>{{greeting name}}</p>',
  text: '{{greeting name}}',
});

interface QueueRow extends Record<string, unknown> {
  status: string;
  attempts: number;
  last_error: string | null;
}

describe('mail queue delivered over SMTP', () => {
  let db: TestDatabase;
  let smtp: SmtpCatcher;
  let app: INestApplicationContext;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await TestDatabase.create();
    smtp = await SmtpCatcher.start();
    const module = await Test.createTestingModule({
      imports: [
        PersistenceModule.forService({
          schema: SCHEMA,
          databaseUrl: db.url,
          entities: MAIL_ENTITIES,
          migrations: [{ name: CreateMailTables.migrationName, class: CreateMailTables }],
          migrateOnStart: true,
        }),
        MailModule.forService({
          smtpUrl: smtp.url,
          from: 'Careers <no-reply@careers.test>',
          pollMs: 100,
          retryBaseMs: 200,
          maxRetryDelayMs: 500,
        }),
      ],
    }).compile();
    orm = module.get(MikroORM);
    app = await module.init();
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
    await db?.drop();
  });

  async function send(recipient: string, name: string): Promise<string> {
    const em = orm.em.fork();
    const message = queueMail(em, recipient, notice, { name });
    await em.flush();
    return message.id;
  }

  const row = async (id: string) =>
    (
      await db.query<QueueRow>(
        `select status, attempts, last_error from ${SCHEMA}.mail_message where id = $1`,
        [id],
      )
    )[0];

  it('sends a queued message once, with its subject and both bodies', async () => {
    const id = await send('ada@example.test', 'Ada');

    const mail = await smtp.waitForMail('ada@example.test');
    expect(mail).toMatchObject({ subject: 'A notice', messageId: `<${id}@careers.mail>` });
    expect(mail.text.trim()).toBe('Hello Ada,');
    expect(mail.html).toBe('<p>Hello Ada,</p>');
    await waitFor('the message to be marked sent', async () =>
      (await row(id)).status === 'sent' ? true : undefined,
    );
    await delay(500);
    expect(smtp.to('ada@example.test')).toHaveLength(1);
  });

  it('keeps a message while the SMTP server is down and sends it once when it is back', async () => {
    await smtp.stop();
    const id = await send('grace@example.test', 'Grace');

    await waitFor('a failed attempt', async () => ((await row(id)).attempts >= 2 ? true : undefined));
    expect(await row(id)).toMatchObject({ status: 'queued' });
    expect((await row(id)).last_error).toMatch(/ECONNREFUSED|connect/i);

    await smtp.resume();

    await smtp.waitForMail('grace@example.test');
    await waitFor('the message to be marked sent', async () =>
      (await row(id)).status === 'sent' ? true : undefined,
    );
    await delay(1000);
    expect(smtp.to('grace@example.test')).toHaveLength(1);
  });

  it('marks a message the server refuses for good as failed, without retrying it', async () => {
    const id = await send(`nobody@${REFUSED_MAIL_DOMAIN}`, 'Nobody');

    const failed = await waitFor('the message to fail', async () => {
      const current = await row(id);
      return current.status === 'failed' ? current : undefined;
    });
    expect(failed).toMatchObject({ attempts: 1 });
    expect(failed.last_error).toMatch(/550/);
  });
});
