import { redactValue } from './redact';
import { isSecretField, REDACTED, redactText } from './redact-text';

const TOKEN = 'aXU4cxnV_hDZqgKBIDqJ5cLaoftpLuQXhaVhVj3317c';
const JWT = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';

describe('isSecretField', () => {
  it.each(['password', 'currentPassword', 'newPassword', 'token', 'accessToken', 'Authorization', 'cookie'])(
    'takes %s for a secret',
    (name) => {
      expect(isSecretField(name, 'anything')).toBe(true);
    },
  );

  it('takes a code for a secret only when it is six digits, as mailed: error codes stay', () => {
    expect(isSecretField('code', '123456')).toBe(true);
    expect(isSecretField('code', 'internal_error')).toBe(false);
    expect(isSecretField('code', '23505')).toBe(false);
  });

  it('leaves other fields alone', () => {
    expect(isSecretField('email', 'a@example.test')).toBe(false);
    expect(isSecretField('tokenType', 'Bearer')).toBe(false);
  });
});

describe('redactText', () => {
  it('replaces the token segment of an invitation path, whatever follows it', () => {
    expect(redactText(`/v1/invitations/${TOKEN}`)).toBe(`/v1/invitations/${REDACTED}`);
    expect(redactText(`/v1/invitations/${TOKEN}/accept?x=1`)).toBe(`/v1/invitations/${REDACTED}/accept?x=1`);
  });

  it('leaves a path whose segments are ids, and the route as declared', () => {
    const path = '/v1/institutions/5f0c/invitations/9a1b/resend';
    const mapped = 'Mapped {/v1/invitations/:token, GET} route';
    expect(redactText(path)).toBe(path);
    expect(redactText(mapped)).toBe(mapped);
  });

  it('replaces secret query values and keeps the others', () => {
    expect(redactText(`/v1/auth/password-reset/confirm?token=${TOKEN}&lang=en`)).toBe(
      `/v1/auth/password-reset/confirm?token=${REDACTED}&lang=en`,
    );
    expect(redactText('/x?page=2&code=123456&password=hunter%202')).toBe(
      `/x?page=2&code=${REDACTED}&password=${REDACTED}`,
    );
  });

  it('replaces a link token in a mail written into a message', () => {
    expect(redactText(`Follow http://web.test/reset-password?token=${TOKEN} within the hour`)).toBe(
      `Follow http://web.test/reset-password?token=${REDACTED} within the hour`,
    );
  });

  it('replaces secret members of JSON written into a message', () => {
    expect(
      redactText('payload {"email":"a@example.test", "password" : "hunter2 \\"x\\"", "code":"oops"}'),
    ).toBe(`payload {"email":"a@example.test", "password" : "${REDACTED}", "code":"oops"}`);
  });

  it('replaces an access token wherever it is', () => {
    expect(redactText(`Bearer ${JWT} was refused`)).toBe(`Bearer ${REDACTED} was refused`);
  });
});

describe('redactValue', () => {
  it('replaces secret fields at any depth, in objects and arrays, and keeps the rest', () => {
    const logged = {
      subject: 'identity.auth.login',
      payload: { email: 'a@example.test', password: 'hunter2', rows: [{ token: TOKEN, line: 3 }] },
      headers: { authorization: `Bearer ${JWT}`, 'user-agent': 'node' },
      url: `/v1/invitations/${TOKEN}/accept`,
    };

    expect(redactValue(logged)).toEqual({
      subject: 'identity.auth.login',
      payload: { email: 'a@example.test', password: REDACTED, rows: [{ token: REDACTED, line: 3 }] },
      headers: { authorization: REDACTED, 'user-agent': 'node' },
      url: `/v1/invitations/${REDACTED}/accept`,
    });
  });

  it('walks objects without a prototype (a parsed query) and class instances (a payload)', () => {
    const query = Object.assign(Object.create(null) as object, { token: TOKEN });
    class ConfirmRequest {
      constructor(readonly password: string) {}
    }

    expect(redactValue({ query, body: new ConfirmRequest('hunter2') })).toEqual({
      query: { token: REDACTED },
      body: { password: REDACTED },
    });
  });

  it('writes an error as pino would, its message, stack, properties and cause redacted', () => {
    const cause = new Error(`GET /v1/invitations/${TOKEN} failed`);
    const error = Object.assign(new Error('Handling failed', { cause }), {
      code: 'internal_error',
      payload: { newPassword: 'hunter2' },
    });

    const logged = redactValue(error) as Record<string, unknown>;

    expect(logged).toMatchObject({
      type: 'Error',
      code: 'internal_error',
      payload: { newPassword: REDACTED },
    });
    expect(logged['message']).toContain(`/v1/invitations/${REDACTED}`);
    expect(JSON.stringify(logged)).not.toContain(TOKEN);
  });

  it("keeps a database error's own message and cuts the statement with its values", () => {
    const statement = `insert into "identity"."mail_message" ("text") values ('Your code: 654321, or http://web.test/x?token=${TOKEN}')`;
    const error = Object.assign(
      new Error(`${statement} - duplicate key value violates unique constraint "mail_message_pkey"`),
      { code: '23505', routine: '_bt_check_unique', severity: 'ERROR' },
    );

    const logged = redactValue(error) as Record<string, unknown>;

    expect(logged).toMatchObject({
      message: 'duplicate key value violates unique constraint "mail_message_pkey"',
      code: '23505',
    });
    expect(JSON.stringify(logged)).not.toContain('654321');
    expect(JSON.stringify(logged)).not.toContain(TOKEN);
  });

  it('leaves to itself what says how it is written (a date), and stops at a cycle', () => {
    const at = new Date('2026-12-06T10:00:00Z');
    const cycle: Record<string, unknown> = { password: 'hunter2' };
    cycle['self'] = cycle;

    expect((redactValue({ at }) as { at: unknown }).at).toBe(at);
    expect(JSON.stringify(redactValue(cycle))).not.toContain('hunter2');
  });
});
