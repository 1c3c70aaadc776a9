import { Events } from '@careers/contracts';
import { consumerName } from '@careers/messaging';
import {
  type TestSystem,
  addStaffMember,
  createInstitution,
  eventsInStream,
  waitFor,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Checks } from './drill';
import { Refusals } from './refusals';

const REFUSED_PAUSE_MS = 100;

/**
 * Event traffic with a consumer at the end of it: staff add contacts whose emails belong to employer accounts, so
 * directory links each one (`events.directory.contact.linked`) and identity applies the link from its consumer
 * (`identity.contact_link`). The accounts are put in place before, in identity and in directory's replica of it.
 */
export class LinkedContactsTraffic {
  private readonly domain = `traffic-${randomUUID().slice(0, 6)}.test`;
  private next = 0;
  private accounts = 0;
  /** Contacts the gateway answered 201 for. */
  readonly acknowledged: string[] = [];
  /** Answers other than 201, by status. */
  readonly refused = new Refusals();

  private constructor(
    private readonly system: TestSystem,
    private readonly institutionId: string,
    private readonly token: string,
  ) {}

  /** Traffic in a new institution, by one of its career services admins, for `accounts` prepared accounts. */
  static async start(system: TestSystem, accounts: number): Promise<LinkedContactsTraffic> {
    const admin = await system.adminToken();
    const institutionId = await createInstitution(system, admin);
    const staff = await addStaffMember(system, admin, institutionId, 'career_services_admin');
    const traffic = new LinkedContactsTraffic(system, institutionId, staff.token);
    await traffic.prepareAccounts(accounts);
    return traffic;
  }

  /** Employer accounts employer0..employer{count-1} at the traffic's domain, known to identity and directory. */
  private async prepareAccounts(count: number): Promise<void> {
    await this.system.db.query(
      `insert into identity.user_account (id, created_at, updated_at, email, email_key, name, user_type, status)
       select gen_random_uuid(), now(), now(), 'employer' || i || '@' || $2, 'employer' || i || '@' || $2,
              'Employer ' || i, 'employer', 'active'
         from generate_series(0, $1::int - 1) i`,
      [count, this.domain],
    );
    await this.system.db.query(
      `insert into directory.user_replica (id, email_key, email_at, name, name_at, status, status_at, user_type)
       select id, email_key, now(), name, now(), 'active', now(), 'employer'
         from identity.user_account where email_key like '%@' || $1`,
      [this.domain],
    );
    this.accounts = count;
  }

  /**
   * Adds contacts for the next prepared accounts, `concurrency` at a time, until `until` resolves (or the accounts
   * run out). After a refusal a worker waits a moment, as a client would.
   */
  async addContactsUntil(until: Promise<unknown>, concurrency = 4): Promise<void> {
    let stop = false;
    const stopNow = () => (stop = true);
    until.then(stopNow, stopNow);
    const worker = async (): Promise<void> => {
      while (!stop && this.next < this.accounts) {
        if (!(await this.addContact())) await delay(REFUSED_PAUSE_MS);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }

  /** Whether the gateway acknowledged it. */
  private async addContact(): Promise<boolean> {
    const email = `employer${this.next++}@${this.domain}`;
    const response = await this.system.api
      .post(
        `/v1/institutions/${this.institutionId}/contacts`,
        { firstName: 'Traffic', lastName: 'Contact', email },
        this.token,
      )
      .catch(() => ({ status: 0 }));
    if (response.status === 201) this.acknowledged.push(email);
    else this.refused.add(response.status);
    return response.status === 201;
  }

  /** The contacts directory stored, and how identity saw their links, from the database. */
  async stored(): Promise<{
    contacts: number;
    linked: number;
    linksInIdentity: number;
    acknowledgedStored: number;
  }> {
    const [row] = await this.system.db.query<{
      contacts: number;
      linked: number;
      linksInIdentity: number;
      acknowledgedStored: number;
    }>(
      `select count(*)::int as contacts,
              count(c.linked_user_id)::int as linked,
              count(l.contact_id) filter (where l.linked)::int as "linksInIdentity",
              count(*) filter (where c.email = any($2))::int as "acknowledgedStored"
         from directory.contact c
         left join identity.contact_link l on l.contact_id = c.id
        where c.institution_id = $1 and c.email like '%@' || $3`,
      [this.institutionId, this.acknowledged, this.domain],
    );
    return row;
  }

  /**
   * Waits for identity to apply every link, then checks that nothing acknowledged was lost and nothing applied twice:
   * refusals only the allowed ones (a service away: 503/504), every acknowledged contact stored and linked, one
   * `contact.linked` in the stream and one inbox entry and link in identity per linked contact, directory's outbox
   * empty.
   */
  async check(checks: Checks, allowedRefusals = [503, 504]): Promise<void> {
    checks.note(`contacts acknowledged (201): ${this.acknowledged.length}; other answers: ${this.refused}`);
    const stored = await waitFor(
      'identity to have applied every link',
      async () => {
        const now = await this.stored();
        return now.linksInIdentity >= now.linked ? now : undefined;
      },
      60_000,
    ).catch(() => this.stored());
    const [{ unpublished }] = await this.system.db.query<{ unpublished: number }>(
      'select count(*)::int as unpublished from directory.outbox_event',
    );
    const [{ applied }] = await this.system.db.query<{ applied: number }>(
      'select count(*)::int as applied from identity.inbox_event where consumer = $1',
      [consumerName('identity', Events.contactLinked)],
    );
    const published = await eventsInStream(this.system.nats.servers, Events.contactLinked);

    checks.equal(
      `refusals other than ${allowedRefusals.join('/')} (a 500 would be a bug)`,
      0,
      this.refused.otherThan(allowedRefusals),
    );
    checks.equal('every acknowledged contact is stored', this.acknowledged.length, stored.acknowledgedStored);
    checks.equal('every stored contact is linked', stored.contacts, stored.linked);
    checks.equal('contact.linked events in the stream, one per linked contact', stored.linked, published);
    checks.equal("links applied by identity's consumer (inbox entries)", stored.linked, applied);
    checks.equal('links in identity, one per linked contact', stored.linked, stored.linksInIdentity);
    checks.equal("directory's outbox is empty", 0, unpublished);
  }
}
