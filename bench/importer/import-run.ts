import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import type { ImportReply, PlanPageReply } from '@careers/contracts';
import type { ApiClient } from '@careers/testing';

const POLL_MS = 100;

export interface ImportCall {
  api: ApiClient;
  institutionId: string;
  token: string;
}

export interface Upload {
  /** From sending the file to the first poll that saw its analysis over. */
  ms: number;
  /** The upload's own reply time (202: the analysis goes on in the background). */
  acceptedMs: number;
  reply: ImportReply;
  /** The dry run's counts by outcome (read after the timed call). */
  planCounts: Record<string, number>;
}

/** A moment of the run as a poll saw it: ms since the POST, and the run's phase and rows processed then. */
export interface RunPoint {
  atMs: number;
  phase: string;
  processed: number;
}

export interface Run {
  /** The POST's own reply time (202). */
  postMs: number;
  /** From sending the POST to the first poll that saw the run completed (or stopped). */
  ms: number;
  /** The run's own startedAt to finishedAt, as the importer recorded them. */
  serverMs: number | null;
  final: ImportReply;
  /** The first poll that saw each phase (checking, writing, done). */
  phases: RunPoint[];
  polls: number;
  failedPolls: number;
  slowestPollMs: number;
}

const imports = (call: ImportCall, suffix = ''): string =>
  `/v1/institutions/${call.institutionId}/imports${suffix}`;

/**
 * `POST .../imports` with the file, timed from the request to the first poll (every ~100 ms) that saw its analysis
 * over: the analyzers and the dry run run in the background after the 202.
 */
export async function upload(call: ImportCall, path: string, fileType = 'Students'): Promise<Upload> {
  const form = new FormData();
  form.set('fileType', fileType);
  form.set('mode', 'manual');
  form.set('file', new Blob([readFileSync(path)], { type: 'text/csv' }), 'upload.csv');
  const started = performance.now();
  const response = await call.api.upload<ImportReply>(imports(call), form, call.token);
  const acceptedMs = performance.now() - started;
  if (response.status !== 202) throw new Error(`upload: ${response.status} ${JSON.stringify(response.body)}`);
  const reply = await analysed(call, response.body.id);
  const ms = performance.now() - started;
  const plan = await call.api.get<PlanPageReply>(imports(call, `/${reply.id}/plan?limit=1`), call.token);
  if (plan.status !== 200) throw new Error(`the plan: ${plan.status} ${JSON.stringify(plan.body)}`);
  return { ms, acceptedMs, reply, planCounts: plan.body.counts };
}

/** Polls the import until its analysis is over; fails unless it is analysed. */
async function analysed(call: ImportCall, importId: string): Promise<ImportReply> {
  for (;;) {
    await delay(POLL_MS);
    const read = await call.api.get<ImportReply>(imports(call, `/${importId}`), call.token);
    if (read.status !== 200 || read.body.status === 'analyzing') continue;
    if (read.body.status !== 'analyzed')
      throw new Error(`the analysis: ${JSON.stringify(read.body.analysis)}`);
    return read.body;
  }
}

/**
 * `POST .../runs`, then `GET` the import every ~100 ms until it is completed or stopped, noting when each phase was
 * first seen, for `limitMs` at most. `progress` hears every poll (for the bench's log).
 */
export async function run(
  call: ImportCall,
  importId: string,
  limitMs: number,
  progress: (point: RunPoint) => void,
): Promise<Run> {
  const started = performance.now();
  const posted = await call.api.post<ImportReply>(imports(call, `/${importId}/runs`), {}, call.token);
  const postMs = performance.now() - started;
  if (posted.status !== 202)
    throw new Error(`starting the run: ${posted.status} ${JSON.stringify(posted.body)}`);
  const phases: RunPoint[] = [];
  const see = (reply: ImportReply): RunPoint | undefined => {
    if (!reply.run) return undefined;
    const point = {
      atMs: performance.now() - started,
      phase: reply.run.phase,
      processed: reply.run.processed,
    };
    if (phases[phases.length - 1]?.phase !== point.phase) phases.push(point);
    return point;
  };
  see(posted.body);
  let polls = 0;
  let failedPolls = 0;
  let slowestPollMs = 0;
  for (;;) {
    if (performance.now() - started > limitMs) {
      throw new Error(`the run was not over after ${limitMs / 1000} s: ${JSON.stringify(phases)}`);
    }
    await delay(POLL_MS);
    const pollStarted = performance.now();
    const read = await call.api
      .get<ImportReply>(imports(call, `/${importId}`), call.token)
      .catch((error: unknown) => ({ status: 0, body: { error: String(error) } as unknown as ImportReply }));
    slowestPollMs = Math.max(slowestPollMs, performance.now() - pollStarted);
    polls += 1;
    if (read.status !== 200) {
      failedPolls += 1;
      continue;
    }
    const point = see(read.body);
    if (point) progress(point);
    if (read.body.status === 'completed' || read.body.status === 'stopped') {
      const ms = performance.now() - started;
      const { startedAt, finishedAt } = read.body.run ?? {};
      return {
        postMs,
        ms,
        serverMs: startedAt && finishedAt ? Date.parse(finishedAt) - Date.parse(startedAt) : null,
        final: read.body,
        phases,
        polls,
        failedPolls,
        slowestPollMs,
      };
    }
  }
}
