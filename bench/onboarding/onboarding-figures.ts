import type { BenchFigure, FigureLog } from '../shared/bench-figures';

const DRAFT_TARGET_MS = 3000;
const SEND_CALL_TARGET_MS = 300;
const DELIVERY_TARGET_S = 120;

export interface BulkInviteTimes {
  draftMs: number;
  resolveMs: number;
  resolveRequests: number;
  sendCallMs: number;
  emails: number;
  deliveredMs: number;
  queuedMs: number;
}

/** The bulk invite's figures, kept for `npm run bench` and returned for the benchmark's own report. */
export function recordOnboardingFigures(figures: FigureLog, times: BulkInviteTimes): BenchFigure[] {
  return [
    figures.add({
      figure: 'draft with demographics',
      value: times.draftMs,
      unit: 'ms',
      target: { atMost: DRAFT_TARGET_MS },
    }),
    figures.add({
      figure: `of which resolving the filter (${times.resolveRequests} requests, warm)`,
      value: times.resolveMs,
      unit: 'ms',
    }),
    figures.add({
      figure: 'send call (202)',
      value: times.sendCallMs,
      unit: 'ms',
      target: { atMost: SEND_CALL_TARGET_MS },
    }),
    figures.add({
      figure: `until the last of ${times.emails} emails reached SMTP`,
      value: times.deliveredMs / 1000,
      unit: 's',
      target: { atMost: DELIVERY_TARGET_S },
    }),
    figures.add({
      figure: 'until every invitation was made and its email queued',
      value: times.queuedMs / 1000,
      unit: 's',
    }),
    figures.add({
      figure: 'emails per second',
      value: times.emails / (times.deliveredMs / 1000),
      unit: 'emails/s',
    }),
  ];
}
