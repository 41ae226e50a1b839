// Small fetch helpers for API tests: status, content type and parsed body in one call.
export interface Reply<T> {
  status: number;
  contentType: string;
  body: T;
  headers: Headers;
}

export async function getJson<T = unknown>(baseUrl: string, path: string): Promise<Reply<T>> {
  const response = await fetch(`${baseUrl}${path}`);
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body: (text ? JSON.parse(text) : null) as T,
    headers: response.headers,
  };
}
