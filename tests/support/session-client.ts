// A signed-in API client for tests: keeps its cookies (the session's, a device's) and sends the CSRF token on writes.
export interface ApiReply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export class SessionClient {
  private readonly cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiReply<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookies.size
          ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
          : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value && !/Expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.set(name.trim(), value);
      else this.cookies.delete(name.trim());
    }
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
  }

  async signIn(email: string, password: string): Promise<ApiReply<{ csrfToken?: string }>> {
    const reply = await this.request<{ csrfToken?: string }>('POST', '/api/auth/login', { email, password });
    if (reply.status === 200) this.csrfToken = reply.body.csrfToken ?? null;
    return reply;
  }
}
