import type { TestSystem } from '@careers/testing';
import { request } from 'node:http';

export interface Answer {
  status: number;
  retryAfter: number;
}

/**
 * A POST sent from another loopback address (127.0.0.x), as from another machine, to a gateway: its status and
 * Retry-After.
 */
export function postFrom(
  baseUrl: string,
  localAddress: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request(
      `${baseUrl}${path}`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        response.resume();
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: Number(response.headers['retry-after'] ?? 0),
          }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(JSON.stringify(body));
  });
}

/** A log-in sent from another loopback address (127.0.0.x), as from another machine: its status and Retry-After. */
export function loginFrom(
  system: TestSystem,
  localAddress: string,
  body: { email: string; password: string },
): Promise<Answer> {
  return postFrom(system.api.baseUrl, localAddress, '/v1/auth/login', body);
}
