// The brief's map: district polygons as static SVG, shaded by associations per 10,000 people (prints reliably, unlike a
// canvas).
import type { Geometry, Position } from 'geojson';
import type { DistrictWithGeometry } from '../../api/schemas';
import type { Language } from '../../i18n/i18n';
import { formatNumber, localName } from '../../lib/format';
import { bboxOf, labelPoints } from '../../lib/geo';
import { COLORS } from '../../map/expressions';

const WIDTH = 600;

function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** The ramp's colour for a rate, grey without a population figure. */
const shade = (rate: number | null | undefined, max: number) =>
  rate === null || rate === undefined
    ? '#e7e5e4'
    : COLORS.choropleth[Math.min(4, Math.floor((rate / (max || 1)) * 4.999))];

interface BriefMapProps {
  districts: DistrictWithGeometry[];
  rates: Map<string, number | null>;
  language: Language;
  title: string;
  /** What a district without a population figure says, on hover and in the key. */
  noFigure: string;
}

export function BriefMap({ districts, rates, language, title, noFigure }: BriefMapProps) {
  const box = bboxOf(districts.map((district) => district.geometry));
  if (!box) return null;
  const [west, south, east, north] = box;
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = WIDTH / ((east - west) * xScale);
  const height = (north - south) * scale;
  const project = ([lon = 0, lat = 0]: Position) =>
    `${((lon - west) * xScale * scale).toFixed(1)},${((north - lat) * scale).toFixed(1)}`;
  const max = Math.max(...[...rates.values()].map((rate) => rate ?? 0));
  const labels = labelPoints(districts).features;
  const rateText = (rate: number | null | undefined) =>
    rate === null || rate === undefined ? noFigure : formatNumber(rate, language);

  return (
    <figure className="brief-map">
      <svg viewBox={`-4 -4 ${WIDTH + 8} ${height + 8}`} role="img" aria-label={title} data-testid="brief-map">
        {districts.map((district) => (
          <path
            key={district.code}
            d={rings(district.geometry)
              .map((ring) => `M${ring.map(project).join('L')}Z`)
              .join('')}
            fill={shade(rates.get(district.code), max)}
            stroke={COLORS.boundary}
            strokeWidth={0.8}
            fillRule="evenodd"
          >
            <title>{`${localName(district, language)}: ${rateText(rates.get(district.code))}`}</title>
          </path>
        ))}
        {labels.map((label) => {
          const [x, y] = project(label.geometry.coordinates).split(',');
          const district = districts.find((item) => item.code === label.id);
          return (
            district && (
              <text key={district.code} x={x} y={y} textAnchor="middle" className="brief-map-label">
                {localName(district, language)}
              </text>
            )
          );
        })}
      </svg>
      <figcaption>
        {title}
        <span className="brief-ramp" aria-hidden="true">
          {COLORS.choropleth.map((color, step) => (
            <span key={color}>
              <i style={{ background: color }} />
              {formatNumber((max * step) / 5, language)}–{formatNumber((max * (step + 1)) / 5, language)}
            </span>
          ))}
          <span>
            <i style={{ background: shade(null, max) }} />
            {noFigure}
          </span>
        </span>
      </figcaption>
    </figure>
  );
}
