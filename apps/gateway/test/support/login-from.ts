import type { TestSystem } from '@careers/testing';
import { request } from 'node:http';

/** A log-in sent from another loopback address (127.0.0.x), as from another machine: its status and Retry-After. */
export function loginFrom(
  system: TestSystem,
  localAddress: string,
  body: { email: string; password: string },
): Promise<{ status: number; retryAfter: number }> {
  return new Promise((resolve, reject) => {
    const sent = request(
      `${system.api.baseUrl}/v1/auth/login`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
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
