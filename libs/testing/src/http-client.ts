export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

/** A small client of the gateway's HTTP API, as a front end would call it. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: {
      body?: unknown;
      token?: string;
      rawBody?: string;
      form?: FormData;
      headers?: Record<string, string>;
    } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let payload: string | FormData | undefined = options.form ?? options.rawBody;
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(options.body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as T };
  }

  get<T = Record<string, unknown>>(path: string, token?: string): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path, { token });
  }

  post<T = Record<string, unknown>>(path: string, body: unknown, token?: string): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, { body, token });
  }

  patch<T = Record<string, unknown>>(path: string, body: unknown, token?: string): Promise<ApiResponse<T>> {
    return this.request<T>('PATCH', path, { body, token });
  }

  /** A multipart form, as a browser sends a file upload (fetch sets the boundary). */
  upload<T = Record<string, unknown>>(
    path: string,
    form: FormData,
    token?: string,
    method = 'POST',
  ): Promise<ApiResponse<T>> {
    return this.request<T>(method, path, { form, token });
  }

  delete<T = Record<string, unknown>>(path: string, token?: string): Promise<ApiResponse<T>> {
    return this.request<T>('DELETE', path, { token });
  }

  /** Logs in and returns the access token; fails the test if the login fails. */
  async login(email: string, password: string): Promise<string> {
    const response = await this.post<{ accessToken: string }>('/v1/auth/login', { email, password });
    if (response.status !== 200)
      throw new Error(`login as ${email} failed: ${JSON.stringify(response.body)}`);
    return response.body.accessToken;
  }
}
