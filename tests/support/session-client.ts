// A signed-in API client for tests: keeps the session cookie and sends the CSRF token on writes.
export interface ApiReply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export class SessionClient {
  private cookie = '';
  csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiReply<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
  }

  async signIn(email: string, password: string): Promise<ApiReply<{ csrfToken?: string }>> {
    const reply = await this.request<{ csrfToken?: string }>('POST', '/api/auth/login', { email, password });
    if (reply.status === 200) this.csrfToken = reply.body.csrfToken ?? null;
    return reply;
  }
}
