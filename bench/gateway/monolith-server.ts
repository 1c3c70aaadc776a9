/**
 * The monolith baseline of `bench/gateway`, run as its own process: what a team would build instead of the gateway,
 * NATS and directory. One Fastify process that does the work of the contact page itself: verifies the bearer token
 * as the gateway does (jose, EdDSA, identity's public keys, issuer and audience), checks the caller's permission from
 * the token, validates the query, runs the statements directory runs for a browse page (the institution exists, the
 * page in name order, its contacts' labels) on the same PostgreSQL through a `pg` pool as large as directory's, and
 * logs a line a request as the gateway does. The keys are read from a file (the bench asks identity for them) and
 * imported once. Prints `ready <port>` once it listens.
 * Usage: monolith-server.ts <database-url> <signing-keys.json> <log-file>
 */
import Fastify, { FastifyError } from 'fastify';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import {
  AccessTokenMemberships,
  ContactPageReply,
  ContactReply,
  hasPermission,
  LabelReply,
  SigningKeysReply,
} from '@careers/contracts';

const [databaseUrl, keysFile, logFile] = process.argv.slice(2);
/** Directory's schema, where the harness's directory keeps the address book. */
const SCHEMA = 'directory';
const DEFAULT_LIMIT = 25;
/** Directory's pool size (libs/persistence's default). */
const POOL_MAX = 10;

const signing: SigningKeysReply = JSON.parse(readFileSync(keysFile, 'utf8'));
const keys = createLocalJWKSet({ keys: signing.keys });
const pool = new Pool({ connectionString: databaseUrl, max: POOL_MAX });

const INSTITUTION_EXISTS = `select count(*) as "count" from "${SCHEMA}"."institution" as "i0" where "i0"."id" = $1`;
const BROWSE_PAGE = `select "c".* from "${SCHEMA}"."contact" as "c"
  where "c"."institution_id" = $1 and "c"."archived_at" is null
  order by "c"."sort_name" asc, "c"."id" asc limit $2`;
const LABELS_OF_CONTACTS = `select cl.contact_id as "contactId", l.id, l.name
  from "${SCHEMA}"."contact_label" cl join "${SCHEMA}"."label" l on l.id = cl.label_id
  where cl.contact_id = any($1::uuid[])`;

interface Caller {
  userType: string;
  memberships: AccessTokenMemberships;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function callerOf(authorization: string | undefined): Promise<Caller> {
  const [scheme, token] = (authorization ?? '').split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !token) throw new Refusal(401, 'An access token is required.');
  const { payload } = await jwtVerify(token, keys, {
    issuer: signing.issuer,
    audience: signing.audience,
    algorithms: ['EdDSA'],
  }).catch(() => {
    throw new Refusal(401, 'The access token is missing, invalid or expired.');
  });
  const { sub, userType, memberships } = payload as {
    sub?: unknown;
    userType?: unknown;
    memberships?: unknown;
  };
  if (
    typeof sub !== 'string' ||
    typeof userType !== 'string' ||
    typeof memberships !== 'object' ||
    !memberships
  ) {
    throw new Refusal(401, 'The access token is missing, invalid or expired.');
  }
  return { userType, memberships: memberships as AccessTokenMemberships };
}

function mayRead(caller: Caller, institutionId: string): boolean {
  if (caller.userType === 'platform_admin') return true;
  const roles = caller.memberships[institutionId];
  return roles !== undefined && hasPermission(roles, 'contacts:read');
}

async function contactPage(institutionId: string, limit: number): Promise<ContactPageReply | undefined> {
  const exists = await pool.query<{ count: string }>(INSTITUTION_EXISTS, [institutionId]);
  if (Number(exists.rows[0].count) === 0) return undefined;
  const { rows } = await pool.query<ContactRow>(BROWSE_PAGE, [institutionId, limit + 1]);
  const contacts = rows.slice(0, limit);
  const labels = await labelsOf(contacts.map((contact) => contact.id));
  const items = contacts.map((contact) => contactReply(contact, labels.get(contact.id) ?? []));
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > items.length && last
        ? Buffer.from(JSON.stringify({ sort: 'name', after: last.id })).toString('base64url')
        : null,
  };
}

async function labelsOf(contactIds: string[]): Promise<Map<string, LabelReply[]>> {
  const byContact = new Map<string, LabelReply[]>();
  if (contactIds.length === 0) return byContact;
  const { rows } = await pool.query<{ contactId: string; id: string; name: string }>(LABELS_OF_CONTACTS, [
    contactIds,
  ]);
  for (const { contactId, id, name } of rows) {
    byContact.set(contactId, [...(byContact.get(contactId) ?? []), { id, name }]);
  }
  return byContact;
}

interface ContactRow {
  id: string;
  institution_id: string;
  first_name: string;
  last_name: string;
  email: string;
  title: string | null;
  department: string | null;
  phone: string | null;
  mobile_phone: string | null;
  company_id: string | null;
  company_name: string | null;
  source: ContactReply['source'];
  linked_user_id: string | null;
  linked_at: Date | null;
  archived_at: Date | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

function contactReply(row: ContactRow, labels: LabelReply[]): ContactReply {
  return {
    id: row.id,
    institutionId: row.institution_id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    title: row.title,
    department: row.department,
    phone: row.phone,
    mobilePhone: row.mobile_phone,
    companyId: row.company_id,
    companyName: row.company_name,
    source: row.source,
    labels: [...labels].sort((a, b) => a.name.localeCompare(b.name)),
    linkedUserId: row.linked_user_id,
    linkedAt: row.linked_at?.toISOString() ?? null,
    archived: row.archived_at !== null,
    archivedAt: row.archived_at?.toISOString() ?? null,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

const server = Fastify({ logger: { level: 'info', file: logFile }, disableRequestLogging: true });
server.addHook('onResponse', (request, reply, done) => {
  request.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  done();
});
server.setErrorHandler((error: FastifyError | Refusal, _request, reply) => {
  const status = error instanceof Refusal ? error.status : (error.statusCode ?? 500);
  void reply.status(status).send({ status, detail: error.message });
});

server.get<{ Params: { institutionId: string }; Querystring: { limit?: number } }>(
  '/v1/institutions/:institutionId/contacts',
  {
    schema: {
      params: {
        type: 'object',
        properties: { institutionId: { type: 'string', format: 'uuid' } },
        required: ['institutionId'],
      },
      querystring: {
        type: 'object',
        properties: { limit: { type: 'integer', minimum: 1, maximum: 100 } },
        additionalProperties: false,
      },
    },
  },
  async (request) => {
    const caller = await callerOf(request.headers.authorization);
    const { institutionId } = request.params;
    if (!mayRead(caller, institutionId)) throw new Refusal(404, `No institution ${institutionId}.`);
    const page = await contactPage(institutionId, request.query.limit ?? DEFAULT_LIMIT);
    if (!page) throw new Refusal(404, `No institution ${institutionId}.`);
    return page;
  },
);

process.once('SIGTERM', () => void Promise.all([server.close(), pool.end()]).then(() => process.exit(0)));

server.listen({ host: '127.0.0.1', port: 0 }).then(
  () => process.stdout.write(`ready ${(server.server.address() as AddressInfo).port}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
