import { ApiClient, type ApiResponse } from './http-client';

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A client of several gateway replicas, as a load balancer in front of them passes requests on: each to the next
 * replica in rotation, in turn. A replica that refuses the connection is passed over (the request never reached
 * it); one whose connection breaks mid-request is passed over for reads only, as balancers do (a write may have
 * been done).
 */
export class LoadBalancedClient extends ApiClient {
  private turn = 0;

  /** `inRotation`: the base URLs of the replicas in rotation now. */
  constructor(private readonly inRotation: () => string[]) {
    super(inRotation()[0]);
  }

  override async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: Parameters<ApiClient['request']>[2] = {},
  ): Promise<ApiResponse<T>> {
    const replicas = this.inRotation().map((url) => new ApiClient(url));
    let lastError: unknown = new Error('No gateway replica is in rotation');
    const first = this.turn++;
    for (let tries = 0; tries < replicas.length; tries++) {
      const replica = replicas[(first + tries) % replicas.length];
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
