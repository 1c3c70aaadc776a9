/**
 * `npm run bench:onboarding`: a bulk invite to 50,000 contacts. Starts gateway, identity, directory and onboarding on
 * a fresh database (the test harness) with a local SMTP server that counts what it receives, loads the audience, then times the draft with its
 * demographics, the send call, and the send until the last email reaches the SMTP server, sampling each app's RSS.
 * Prints the figures as Markdown (also kept in tmp/bench/; and as JSON lines in BENCH_FIGURES_FILE when set). Build
 * the apps first. BENCH_CONTACTS makes a smaller or larger run.
 */
import { AppName, TestSystem, createInstitution, withinTime, loadInviteAudience } from '@careers/testing';
import { FigureLog } from '../shared/bench-figures';
import { CountingSmtpServer } from '../shared/counting-smtp-server';
import { figuresTable } from '../runner/figures-table';
import { ms, peakMemoryLine } from '../shared/markdown-table';
import { natsServiceClient } from '../shared/nats-service-client';
import { findSystemProcesses, ProcessMonitor } from '../shared/process-monitor';
import { walkResolve } from '../shared/resolve-walk';
import { keepReport } from '../shared/report-file';
import { describeConditions } from '../shared/run-conditions';
import { Teardown } from '../shared/teardown';
import { recordOnboardingFigures } from './onboarding-figures';

const CONTACTS = Number(process.env['BENCH_CONTACTS'] ?? 50_000);
const MINUTE = 60_000;
const APPS: AppName[] = ['gateway', 'identity', 'directory', 'onboarding'];
const say = (line: string): void => void process.stdout.write(`[bench] ${line}\n`);
const teardown = new Teardown(say);

interface BulkInviteBody {
  id: string;
  status: string;
  demographics: { contacts: number; emails: number; outcomes: Record<string, number> };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

async function main(): Promise<void> {
  say(`starting the system (${APPS.join(', ')})`);
  const smtp = await CountingSmtpServer.start();
  teardown.add(() => smtp.stop());
  const system = await TestSystem.start({
    apps: APPS,
    env: { SMTP_URL: smtp.url },
  });
  teardown.add(() => system.stop());
  const monitor = new ProcessMonitor(findSystemProcesses(APPS));
  teardown.add(() => monitor.stop());
  const admin = await system.adminToken();
  const institutionId = await createInstitution(system, admin, 'Bench University');
  await system.api.patch(
    `/v1/institutions/${institutionId}/settings`,
    { employerApproval: { approval: 'review', permissions: ['post_jobs'] } },
    admin,
  );
  say(`loading ${CONTACTS} contacts`);
  const audience = await withinTime('loading', 5 * MINUTE, () =>
    loadInviteAudience(system.db, institutionId, CONTACTS),
  );

  const draft = await withinTime('the draft', 2 * MINUTE, () =>
    timed(() =>
      system.api.post<BulkInviteBody>(
        `/v1/institutions/${institutionId}/bulk-invites`,
        { filter: { labelId: [audience.labelId] } },
        admin,
      ),
    ),
  );
  if (draft.value.status !== 201) throw new Error(`the draft failed: ${JSON.stringify(draft.value.body)}`);
  const invite = draft.value.body;
  say(`draft: ${ms(draft.ms)} ms, ${JSON.stringify(invite.demographics)}`);

  const services = natsServiceClient(system.nats.url, MINUTE);
  teardown.add(() => services.onApplicationShutdown());
  const resolve = await walkResolve(services, institutionId, { labelId: [audience.labelId] });
  say(`of which resolving the filter (again, warm): ${ms(resolve.ms)} ms in ${resolve.batches} requests`);

  const mailsBefore = smtp.received;
  const send = await timed(() =>
    system.api.post(`/v1/institutions/${institutionId}/bulk-invites/${invite.id}/send`, {}, admin),
  );
  const sendStarted = performance.now() - send.ms;
  let queued = 0;
  const pollQueued = async (): Promise<void> => {
    const read = await system.api.get<BulkInviteBody>(
      `/v1/institutions/${institutionId}/bulk-invites/${invite.id}`,
      admin,
    );
    if (read.body.status === 'sent') queued = performance.now() - sendStarted;
  };
  const delivered = await withinTime('sending', 5 * MINUTE, async () => {
    while (smtp.received - mailsBefore < invite.demographics.emails) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (!queued) await pollQueued();
    }
    return performance.now() - sendStarted;
  });
  // The last email can reach SMTP before a poll saw the invite sent: it is, within a poll of the last email.
  while (!queued) await pollQueued();
  say(`every invitation made and its email queued after ${(queued / 1000).toFixed(1)} s`);
  say(
    `send call: ${ms(send.ms)} ms; every email at the SMTP server after ${(delivered / 1000).toFixed(1)} s`,
  );

  const figures = new FigureLog(
    'onboarding',
    `${CONTACTS.toLocaleString('en')} contacts with one label (${invite.demographics.emails.toLocaleString('en')} emails), a counting SMTP server`,
  );
  const recorded = recordOnboardingFigures(figures, {
    draftMs: draft.ms,
    resolveMs: resolve.ms,
    resolveRequests: resolve.batches,
    sendCallMs: send.ms,
    emails: invite.demographics.emails,
    deliveredMs: delivered,
    queuedMs: queued,
  });
  figures.addPeakMemory(monitor.peaks());
  const report = [
    `### Bulk invite of ${CONTACTS.toLocaleString('en')} contacts`,
    '',
    ...(await describeConditions(system.db)).map((line) => `- ${line}`),
    `- audience: ${JSON.stringify(invite.demographics.outcomes)}; loaded in ${(audience.ms / 1000).toFixed(1)} s`,
    '',
    figuresTable(recorded),
    '',
    peakMemoryLine(monitor.peaks()),
  ].join('\n');
  say(`report kept in ${keepReport('onboarding', report)}`);
}

teardown.runMain(main);
