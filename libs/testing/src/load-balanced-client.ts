import { ApiClient, type ApiResponse } from './http-client';

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A client of several gateway replicas, as a load balancer in front of them passes requests on: each to the next
 * replica in turn. A replica that refuses the connection is passed over (the request never reached it); one whose
 * connection breaks mid-request is passed over for reads only, as balancers do (a write may have been done).
 */
export class LoadBalancedClient extends ApiClient {
  private turn = 0;
  private readonly replicas: ApiClient[];

  constructor(baseUrls: string[]) {
    super(baseUrls[0]);
    this.replicas = baseUrls.map((url) => new ApiClient(url));
  }

  override async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: Parameters<ApiClient['request']>[2] = {},
  ): Promise<ApiResponse<T>> {
    let lastError: unknown;
    for (let tries = 0; tries < this.replicas.length; tries++) {
      const replica = this.replicas[this.turn++ % this.replicas.length];
      try {
        return await replica.request<T>(method, path, options);
      } catch (error) {
        if (!connectionRefused(error) && !(IDEMPOTENT.has(method) && connectionLost(error))) throw error;
        lastError = error;
      }
    }
    throw lastError;
  }
}

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

function connectionRefused(error: unknown): boolean {
  return causeCode(error) === 'ECONNREFUSED';
}

function connectionLost(error: unknown): boolean {
  return error instanceof TypeError && causeCode(error) !== undefined;
}
