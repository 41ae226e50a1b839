// The OGC API as HTML for a browser (f=html or Accept: text/html): the same documents, with Arabic labels.
import type { OgcCollection, OgcFeature, OgcLink } from '../../../../contracts/ogc-documents';
import { html, htmlPage, type SafeHtml } from './html-page';
import { MEDIA, OGC_ROOT } from './ogc-links';

const htmlLinks = (links: OgcLink[]) => links.filter((l) => l.type === MEDIA.html && l.rel !== 'self');
const jsonLinks = (links: OgcLink[]) => links.filter((l) => l.type !== MEDIA.html);

function linkList(links: OgcLink[]): SafeHtml {
  return html`<p class="links">
    ${links.map((l) => html`<a href="${l.href}" rel="${l.rel}" type="${l.type ?? ''}">${l.title ?? l.rel}</a>`)}
  </p>`;
}

const nav = html`<nav>
  <a href="${OGC_ROOT}?f=html">الصفحة الرئيسية</a><a href="${OGC_ROOT}/collections?f=html">المجموعات</a
  ><a href="/api/docs">توثيق الواجهة</a>
</nav>`;

const landingLink = (l: OgcLink) =>
  html`<li><a href="${l.href}">${l.title ?? l.rel}</a> <span class="muted">(${l.rel}, ${l.type})</span></li>`;

export function landingHtml(doc: { title: string; description: string; links: OgcLink[] }): string {
  return htmlPage(
    doc.title,
    html`${nav}
      <h1>${doc.title}</h1>
      <p dir="auto">${doc.description}</p>
      <h2>روابط</h2>
      <ul>
        ${doc.links.map(landingLink)}
      </ul>`,
  );
}

export function conformanceHtml(doc: { conformsTo: string[] }): string {
  return htmlPage(
    'فئات المطابقة — Conformance',
    html`${nav}
      <h1>فئات المطابقة — Conformance</h1>
      <ul>
        ${doc.conformsTo.map((uri) => html`<li><code>${uri}</code></li>`)}
      </ul>`,
  );
}

function collectionRow(c: OgcCollection): SafeHtml {
  const items = c.links.find((l) => l.rel === 'items' && l.type === MEDIA.html)?.href;
  const geojson = c.links
    .filter((l) => l.rel === 'items' && l.type === MEDIA.geojson)
    .map((l) => html`<a href="${l.href}">GeoJSON</a>`);
  return html`<tr>
    <td><a href="${items}">${c.title}</a></td>
    <td><code>${c.id}</code></td>
    <td dir="auto">${c.description}</td>
    <td>${geojson}</td>
  </tr>`;
}

export function collectionsHtml(doc: { collections: OgcCollection[]; links: OgcLink[] }): string {
  return htmlPage(
    'المجموعات — Collections',
    html`${nav}
      <h1>المجموعات — Collections</h1>
      <table>
        <tr>
          <th>المجموعة</th>
          <th>المعرّف</th>
          <th>الوصف</th>
          <th>البيانات</th>
        </tr>
        ${doc.collections.map(collectionRow)}
      </table>
      ${linkList(jsonLinks(doc.links))}`,
  );
}

export function collectionHtml(c: OgcCollection): string {
  const [minX, minY, maxX, maxY] = c.extent.spatial.bbox[0] ?? [];
  return htmlPage(
    c.title,
    html`${nav}
      <h1>${c.title}</h1>
      <p dir="auto">${c.description}</p>
      <table>
        <tr>
          <th>المعرّف</th>
          <td><code>${c.id}</code></td>
        </tr>
        <tr>
          <th>النطاق (CRS84)</th>
          <td><code>${minX}, ${minY} — ${maxX}, ${maxY}</code></td>
        </tr>
        <tr>
          <th>أنظمة الإحداثيات</th>
          <td>${c.crs.map((uri) => html`<code>${uri}</code><br />`)}</td>
        </tr>
      </table>
      ${linkList([...htmlLinks(c.links), ...jsonLinks(c.links)])}`,
  );
}

/** A property value for a table cell: lists joined, objects as `key: value` pairs. */
function cell(value: unknown): SafeHtml {
  if (Array.isArray(value)) return html`${value.join('، ')}`;
  if (typeof value === 'object' && value !== null) {
    return html`<code
      >${Object.entries(value)
        .map(([key, item]) => `${key}: ${String(item)}`)
        .join(', ')}</code
    >`;
  }
  return html`${typeof value === 'boolean' ? String(value) : value}`;
}

function geometrySummary(feature: OgcFeature): SafeHtml {
  const geometry = feature.geometry;
  if (!geometry) return html``;
  return geometry.type === 'Point' ? html`<code>${geometry.coordinates.join(', ')}</code>` : html`${geometry.type}`;
}

export function itemsHtml(
  title: string,
  page: { numberMatched: number | null; numberReturned: number; features: OgcFeature[]; links: OgcLink[] },
  itemHref: (id: string | number) => string,
): string {
  const columns = [...new Set(page.features.flatMap((f) => Object.keys(f.properties)))];
  const row = (f: OgcFeature) =>
    html`<tr>
      <td><a href="${itemHref(f.id)}">${f.id}</a></td>
      ${columns.map((name) => html`<td>${cell(f.properties[name])}</td>`)}
      <td>${geometrySummary(f)}</td>
    </tr>`;
  const counted =
    page.numberMatched === null
      ? `${page.numberReturned} عنصرًا`
      : `${page.numberReturned} من ${page.numberMatched} عنصرًا`;
  return htmlPage(
    title,
    html`${nav}
      <h1>${title}</h1>
      <p>${counted}</p>
      ${linkList(page.links.filter((l) => l.rel !== 'self'))}
      <div class="wide">
        <table>
          <tr>
            <th>id</th>
            ${columns.map((name) => html`<th>${name}</th>`)}
            <th>geometry</th>
          </tr>
          ${page.features.map(row)}
        </table>
      </div>`,
  );
}

export function itemHtml(title: string, feature: OgcFeature): string {
  const rows = Object.entries(feature.properties).map(
    ([name, value]) =>
      html`<tr>
        <th>${name}</th>
        <td>${cell(value)}</td>
      </tr>`,
  );
  return htmlPage(
    `${title} — ${feature.id}`,
    html`${nav}
      <h1>${title} — ${feature.id}</h1>
      <table>
        ${rows}
        <tr>
          <th>geometry</th>
          <td>${geometrySummary(feature)}</td>
        </tr>
      </table>
      ${linkList(feature.links ?? [])}`,
  );
}
