import { IMPORT_FILES_BUCKET } from '@careers/contracts';
import { TestSystem, waitFor, uploadAnalysed, Person, institutionWithStaff } from '@careers/testing';
import { connect, NatsConnection } from 'nats';
import { request as httpRequest } from 'node:http';
import { connect as connectSocket } from 'node:net';

const REQUEST_TIMEOUT_MS = 2000;
const HEADERS_TIMEOUT_MS = 1000;
/** A stalled request must be over well before this: the timeout, the server's check interval and a busy machine. */
const STALL_ENDS_WITHIN_MS = REQUEST_TIMEOUT_MS + 4000;

const BOUNDARY = 'hostile-boundary';
const CSV =
  'first_name,last_name,email_address,username,user_type\nAda,Lovelace,ada@example.test,A1,Mentors\n';
const FORM = [
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="fileType"\r\n\r\nMentors\r\n`,
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="mode"\r\n\r\nmanual\r\n`,
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="people.csv"\r\n`,
  `Content-Type: text/csv\r\n\r\n${CSV}\r\n--${BOUNDARY}--\r\n`,
].join('');

/** Multipart bodies that are cut short or not multipart at all, each sent with its content type. */
const BROKEN_FORMS: Array<[what: string, contentType: string, body: string, detail: RegExp]> = [
  [
    'cut just before its closing boundary',
    `multipart/form-data; boundary=${BOUNDARY}`,
    FORM.slice(0, FORM.lastIndexOf(`\r\n--${BOUNDARY}--`)),
    /ended before its closing boundary/,
  ],
  [
    'cut in the middle of the file',
    `multipart/form-data; boundary=${BOUNDARY}`,
    FORM.slice(0, FORM.indexOf('Ada,Lovelace') + 5),
    /ended before its closing boundary/,
  ],
  [
    'cut in the file part’s headers',
    `multipart/form-data; boundary=${BOUNDARY}`,
    FORM.slice(0, FORM.indexOf('filename=')),
    /ended before its closing boundary/,
  ],
  [
    'without its closing boundary',
    `multipart/form-data; boundary=${BOUNDARY}`,
    FORM.replace(`--${BOUNDARY}--\r\n`, ''),
    /ended before its closing boundary/,
  ],
  ['without a boundary parameter', 'multipart/form-data', FORM, /boundary/],
  [
    'with another boundary',
    'multipart/form-data; boundary=elsewhere',
    FORM,
    /ended before its closing boundary/,
  ],
];

interface Problem {
  type: string;
  status: number;
  detail: string;
  errors?: Array<{ field: string; message: string }>;
}

/** JSON holding `depth` arrays, one inside the other, around a string. */
const nested = (depth: number): string => `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;

describe('hostile input: a clear 4xx, for bounded work', () => {
  let system: TestSystem;
  let nc: NatsConnection;
  let institutionId: string;
  let staff: Person;
  let admin: string;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity', 'directory', 'importer'],
      env: {
        HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      },
    });
    nc = await connect({ servers: system.nats.url });
    ({ admin, institutionId, staff } = await institutionWithStaff(system, 'career_services_staff'));
    // The gateway makes the file store with its first upload.
    const first = await upload({ fileType: 'Mentors', mode: 'manual' });
    if (first.status !== 202) throw new Error(`the first upload failed: ${JSON.stringify(first.body)}`);
  });

  afterAll(async () => {
    await nc?.close();
    await system?.stop();
  });

  const gateway = () => system.app('gateway').url;
  const uploadsPath = () => `/v1/institutions/${institutionId}/imports`;
  const rawJson = (path: string, body: string, token?: string) =>
    system.api.request<Problem>('POST', path, {
      rawBody: body,
      token,
      headers: { 'content-type': 'application/json' },
    });
  const storedFiles = async (): Promise<string[]> => {
    const store = await nc.jetstream().views.os(IMPORT_FILES_BUCKET);
    return (await store.list()).map((info) => info.name).sort();
  };
  const upload = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    form.set('file', new Blob([CSV]), 'people.csv');
    // An accepted file leaves the store once analysed: wait for that, so that no test sees it go.
    return uploadAnalysed<Omit<Problem, 'status'> & { status?: string }>(
      system,
      uploadsPath(),
      form,
      staff.token,
    );
  };

  describe('JSON', () => {
    it('refuses a body nested deeper than the limit with a 400 naming it, signed in or not', async () => {
      const deepArrays = nested(2000);
      const deepObjects = `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`;

      for (const [path, token] of [
        ['/v1/auth/login', undefined],
        [`/v1/institutions/${institutionId}/staff`, staff.token],
      ] as const) {
        for (const body of [deepArrays, deepObjects, `{"email":${nested(33)},"password":"x"}`]) {
          const response = await rawJson(path, body, token);

          expect(response.status).toBe(400);
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          expect(response.body.detail).toMatch(/nested more than 32 levels deep/);
        }
      }
    });

    it('takes a body as deep as the limit to validation', async () => {
      const response = await rawJson('/v1/auth/login', `{"email":${nested(31)},"password":"x"}`);

      expect(response.status).toBe(400);
      expect(response.body.errors?.map((error) => error.field)).toContain('email');
    });

    it('refuses a body larger than the limit with a 413 naming it', async () => {
      // Announced, not sent: the gateway answers before reading a body larger than it takes, and may close the
      // connection while a client is still writing one.
      const response = await new Promise<{ status?: number; body: Problem }>((resolve, reject) => {
        const request = httpRequest(
          `${gateway()}/v1/auth/login`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) },
          },
          (answer) => {
            let text = '';
            answer.setEncoding('utf8');
            answer.on('data', (chunk: string) => (text += chunk));
            answer.on('end', () => {
              request.destroy();
              resolve({ status: answer.statusCode, body: JSON.parse(text) as Problem });
            });
            answer.on('error', reject);
          },
        );
        request.on('error', () => undefined);
        request.write('{"email":"');
      });

      expect(response.status).toBe(413);
      expect(response.body.detail).toMatch(/larger than 1048576 bytes/);
    });

    it('refuses a lone surrogate in any text, naming the field', async () => {
      const login = await system.api.post<Problem>('/v1/auth/login', {
        email: '\ud800@x.org',
        password: 'whatever',
      });
      const signup = await system.api.post<Problem>('/v1/auth/signup', {
        email: 'lone@example.test',
        password: 'correct horse battery staple',
        name: 'Lone \udc00 Surrogate',
        userType: 'student',
      });

      expect(login.status).toBe(400);
      expect(login.body.errors).toEqual([
        { field: 'email', message: 'email must not contain a lone UTF-16 surrogate' },
      ]);
      expect(signup.status).toBe(400);
      expect(signup.body.errors?.map((error) => error.field)).toEqual(['name']);
    });
  });

  describe('multipart uploads', () => {
    it.each(BROKEN_FORMS)(
      'refuses a form %s with a 400 naming the problem, and stores nothing',
      async (_what, contentType, body, detail) => {
        const before = await storedFiles();

        const response = await system.api.request<Problem>('POST', uploadsPath(), {
          rawBody: body,
          token: staff.token,
          headers: { 'content-type': contentType },
        });

        expect(response.status).toBe(400);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(response.body.detail).toMatch(detail);
        expect(await storedFiles()).toEqual(before);
      },
    );

    it('takes the same form whole', async () => {
      const response = await system.api.request<Problem>('POST', uploadsPath(), {
        rawBody: FORM,
        token: staff.token,
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      });

      expect(response.status).toBe(202);
      const location = response.headers.get('location') ?? '';
      await waitFor('the whole form analysed', async () => {
        const read = await system.api.get<{ status: string }>(location, staff.token);
        return read.body.status === 'analyzing' ? undefined : true;
      });
    });
  });

  describe('booleans', () => {
    it.each(['no', 'yes', '1', '0', 'TRUE', 'False', ''])(
      'refuses sensitiveFields=%p, naming the field, and stores nothing',
      async (value) => {
        const before = await storedFiles();

        const response = await upload({ fileType: 'Mentors', mode: 'manual', sensitiveFields: value });

        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([
          { field: 'sensitiveFields', message: 'sensitiveFields must be true or false' },
        ]);
        expect(await storedFiles()).toEqual(before);
      },
    );

    it('takes sensitiveFields true and false as such', async () => {
      const sensitive = await upload({ fileType: 'Mentors', mode: 'manual', sensitiveFields: 'true' });
      const plain = await upload({ fileType: 'Mentors', mode: 'manual', sensitiveFields: 'false' });
      const sync = await upload({ fileType: 'Mentors', mode: 'sync', sensitiveFields: 'true' });

      expect(sensitive.body).toMatchObject({ sensitiveFields: true });
      expect(plain.body).toMatchObject({ sensitiveFields: false });
      expect(sync.status).toBe(400);
      expect(sync.body.errors?.map((error) => error.field)).toEqual(['sensitiveFields']);
    });
  });

  describe('JSON booleans', () => {
    it.each([['true'], [1], ['']])('refuses usesSingleSignOn: %p, naming the field', async (value) => {
      const response = await system.api.patch<Problem>(
        `/v1/institutions/${institutionId}/settings`,
        { usesSingleSignOn: value },
        admin,
      );

      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { field: 'usesSingleSignOn', message: 'usesSingleSignOn must be true or false' },
      ]);
    });
  });

  describe('slow requests', () => {
    /** Sends `head`, then nothing more; resolves with what the gateway answered once it closed the connection. */
    const stall = (head: string) =>
      new Promise<{ answer: string; afterMs: number }>((resolve, reject) => {
        const { hostname, port } = new URL(gateway());
        const started = performance.now();
        const socket = connectSocket(Number(port), hostname, () => socket.write(head));
        let answer = '';
        const giveUp = setTimeout(() => {
          socket.destroy();
          reject(
            new Error(`still open after ${STALL_ENDS_WITHIN_MS} ms, answered: ${JSON.stringify(answer)}`),
          );
        }, STALL_ENDS_WITHIN_MS);
        socket.on('data', (data) => (answer += data.toString()));
        socket.on('error', () => undefined);
        socket.on('close', () => {
          clearTimeout(giveUp);
          resolve({ answer, afterMs: performance.now() - started });
        });
      });

    it('closes a connection whose headers stall', async () => {
      const { answer } = await stall('GET /health/live HTTP/1.1\r\nHost: gateway\r\nX-Slow: ');

      expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
    });

    it('answers 408 to a JSON body that stalls, on a route open to anyone', async () => {
      const { answer, afterMs } = await stall(
        'POST /v1/auth/login HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n' +
          'Content-Length: 100\r\n\r\n{"email":',
      );

      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(answer).toMatch(/\r\ncontent-type: application\/problem\+json\r\n/i);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
        type: 'urn:careers:problem:request-timeout',
        status: 408,
      });
      expect(afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    });

    it('answers 431 as problem details to headers larger than the server reads', async () => {
      const { answer } = await stall(
        `GET /health/live HTTP/1.1\r\nHost: gateway\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      );

      expect(answer).toMatch(/^HTTP\/1\.1 431/);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
        type: 'urn:careers:problem:header-fields-too-large',
        status: 431,
      });
    });

    it('answers 408 to an upload that stalls, and stores nothing of it', async () => {
      const before = await storedFiles();
      const partial = FORM.slice(0, FORM.indexOf('Ada,Lovelace'));

      const { answer } = await stall(
        `POST ${uploadsPath()} HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer ${staff.token}\r\n` +
          `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${FORM.length}\r\n\r\n` +
          partial,
      );

      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(await storedFiles()).toEqual(before);
    });

    it('stays healthy after them all', async () => {
      expect((await fetch(`${gateway()}/health/ready`)).status).toBe(200);
    });
  });
});
