// Server-rendered HTML for people browsing the OGC API and the API docs: escaped templates and one
// self-contained page shell (inline style, no scripts, nothing fetched from elsewhere).

/** Markup that is already safe to insert as is. */
export class SafeHtml {
  constructor(readonly text: string) {}
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return escapeHtml(String(value));
  }
  return escapeHtml(JSON.stringify(value));
}

/** A template whose interpolations are escaped unless they are SafeHtml (or lists of it). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, text, index) => out + render(values[index - 1]) + text));
}

const STYLE = `
  body { font-family: "Noto Naskh Arabic", "Segoe UI", Tahoma, sans-serif; margin: 1.5rem auto; max-width: 72rem;
         padding: 0 1rem; line-height: 1.6; color: #1d2733; }
  h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
  th, td { border: 1px solid #cfd8e3; padding: 0.3rem 0.5rem; text-align: start; vertical-align: top; }
  th { background: #eef3f8; }
  code, pre { font-family: ui-monospace, monospace; direction: ltr; unicode-bidi: embed; }
  pre { background: #f5f7fa; padding: 0.75rem; overflow-x: auto; }
  nav a, .links a { margin-inline-end: 1rem; }
  .muted { color: #5b6b7c; }
  .wide { overflow-x: auto; }`;

export function htmlPage(title: string, body: SafeHtml, options: { lang?: string; dir?: 'rtl' | 'ltr' } = {}): string {
  const { lang = 'ar', dir = 'rtl' } = options;
  return html`<!doctype html>
    <html lang="${lang}" dir="${dir}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${new SafeHtml(STYLE)}
        </style>
      </head>
      <body>
        ${body}
      </body>
    </html>`.text;
}
