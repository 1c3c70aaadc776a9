import { ApiResponse, eventsInStream, TestSystem, waitFor } from '@careers/testing';

/** How many times each race is run: a race lost once in a while must still be seen. */
export const ROUNDS = 12;

/** Sends the requests at the same moment (each is on its way before any is answered) and returns their answers. */
export function together<T>(count: number, request: (index: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => request(index)));
}

/** The answers' statuses, sorted: `[201, 409, 409]` reads as one success and two conflicts, in any order. */
export function statusesOf(responses: ApiResponse<unknown>[]): number[] {
  return responses.map((response) => response.status).sort((a, b) => a - b);
}

/** The answers with this status. */
export function answeredWith<T>(responses: ApiResponse<T>[], status: number): ApiResponse<T>[] {
  return responses.filter((response) => response.status === status);
}

/**
 * How many events the EVENTS stream holds on a subject once the service's outbox is empty: every event of the
 * requests answered so far is published by then.
 */
export async function publishedEvents(system: TestSystem, service: string, subject: string): Promise<number> {
  await waitFor(`${service}'s outbox to be empty`, async () =>
    (await system.db.query(`select id from ${service}.outbox_event limit 1`)).length === 0 ? true : undefined,
  );
  return eventsInStream(system.nats.url, subject);
}
