// /api/docs: the OpenAPI document as a page to read, rendered on the server (no scripts, nothing fetched elsewhere).
import { html, htmlPage, type SafeHtml } from '../ogc/html-page';
import type { JsonSchema } from './json-schema';

type Document = JsonSchema & {
  paths: Record<string, Record<string, JsonSchema>>;
  components: { schemas: Record<string, JsonSchema> };
};

const asObject = (value: unknown): JsonSchema =>
  typeof value === 'object' && value !== null ? (value as JsonSchema) : {};
const anchor = (name: string) => `schema-${name}`;

/** A keyword's value as String() writes it (lists joined with commas), but an object as JSON. */
function keywordText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(keywordText).join(',');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** A short reading of a schema: a link to a named schema, a type with its allowed values or bounds. */
function typeOf(schemaValue: unknown): SafeHtml {
  const schema = asObject(schemaValue);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop() ?? '';
    return html`<a href="#${anchor(name)}">${name}</a>`;
  }
  if (schema.type === 'array') return html`list of ${typeOf(schema.items)}`;
  const details = [
    Array.isArray(schema.enum) ? schema.enum.join(' | ') : '',
    schema.pattern ? `pattern ${keywordText(schema.pattern)}` : '',
    schema.minimum !== undefined || schema.maximum !== undefined
      ? `${keywordText(schema.minimum)}..${keywordText(schema.maximum)}`
      : '',
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : '',
  ].filter(Boolean);
  return html`${keywordText(schema.type ?? 'any')}${details.length ? html` <code>${details.join('; ')}</code>` : ''}`;
}

function parametersTable(parameters: JsonSchema[]): SafeHtml {
  if (parameters.length === 0) return html``;
  return html`<table>
    <tr>
      <th>parameter</th>
      <th>in</th>
      <th>type</th>
      <th>description</th>
    </tr>
    ${parameters.map(
      (p) =>
        html`<tr>
          <td><code>${p.name}</code>${p.required ? ' *' : ''}</td>
          <td>${p.in}</td>
          <td>${typeOf(p.schema)}</td>
          <td>${p.description}</td>
        </tr>`,
    )}
  </table>`;
}

function responses(value: unknown): SafeHtml {
  // 4XX and 5XX are the same problem for every operation: said once at the top of the page.
  const successes = Object.entries(asObject(value)).filter(([status]) => !status.endsWith('XX'));
  return html`<ul>
    ${successes.map(([status, reply]) => {
      const content = Object.entries(asObject(asObject(reply).content));
      return html`<li>
        <strong>${status}</strong> ${asObject(reply).description}
        ${content.map(([type, media]) => html` — <code>${type}</code> ${typeOf(asObject(media).schema)}`)}
      </li>`;
    })}
  </ul>`;
}

function operationSection(path: string, method: string, op: JsonSchema): SafeHtml {
  const body = Object.values(asObject(asObject(op.requestBody).content)).map((media) => asObject(media).schema)[0];
  const csrf = op.security && JSON.stringify(op.security).includes('csrf') ? ' and the X-CSRF-Token header' : '';
  return html`<section id="${String(op.operationId)}">
    <h3><code>${method.toUpperCase()} ${path}</code></h3>
    <p>${op.summary}</p>
    ${op.security ? html`<p class="muted">Needs a session${csrf}.</p>` : ''}
    ${parametersTable((op.parameters as JsonSchema[] | undefined) ?? [])}
    ${body ? html`<p>Body: ${typeOf(body)}</p>` : ''}${responses(op.responses)}
  </section>`;
}

export function docsHtml(documentValue: JsonSchema): string {
  const doc = documentValue as Document;
  const info = asObject(doc.info);
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  const tags = [...new Set(operations.map(({ op }) => String((op.tags as string[])[0])))];
  return htmlPage(
    String(info.title),
    html`<h1>${info.title}</h1>
      <p>${info.description}</p>
      <p class="links"><a href="/api/openapi.json">openapi.json</a><a href="/ogc?f=html">OGC API Features</a></p>
      <p>
        Errors (4xx, 5xx) are <code>application/problem+json</code>:
        ${typeOf({ $ref: '#/components/schemas/Problem' })}, with a machine <code>code</code> for the refusal and
        <code>errors[]</code> naming each field, each with its own <code>code</code> and parameters (the codes are
        listed in the Problem schema).
      </p>
      <ul>
        ${operations.map(
          ({ path, method, op }) =>
            html`<li>
              <a href="#${String(op.operationId)}"><code>${method.toUpperCase()} ${path}</code></a> — ${op.summary}
            </li>`,
        )}
      </ul>
      ${tags.map(
        (tag) =>
          html`<h2>${tag}</h2>
            ${operations
              .filter(({ op }) => (op.tags as string[])[0] === tag)
              .map(({ path, method, op }) => operationSection(path, method, op))}`,
      )}
      <h2>Schemas</h2>
      ${Object.entries(doc.components.schemas).map(
        ([name, schema]) =>
          html`<details id="${anchor(name)}">
            <summary><code>${name}</code></summary>
            <pre>${JSON.stringify(schema, null, 2)}</pre>
          </details>`,
      )}`,
    { lang: 'en', dir: 'ltr' },
  );
}
