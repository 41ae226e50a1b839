// The catalogue of OGC API collections: each one's table, id, geometry, properties (SQL) and property filters.
// Associations reuse the API's own feature properties and filters, so /ogc and /api/associations agree.
import type { Knex } from 'knex';
import { z } from 'zod';
import { associationFilterShape } from '../../../../contracts/association-filters';
import { districtCode, governorateCode, SOCIAL_UNIT_STATUSES } from '../../../../contracts/codes';
import { crsByUri, ogcItemsShape, type OgcCrs } from '../../../../contracts/ogc';
import { anyOf } from '../../../../contracts/query-params';
import type { Db } from '../../db';
import { parsePath, parseQuery } from '../../http/validate';
import { applyAssociationFilters, resolveAssociationFilters } from '../associations/association-filters.queries';
import { FEATURE_JSON } from '../associations/associations.sql';

/** A request for items, validated, with the collection's property filters bound. */
export interface OgcItemsRequest {
  limit: number;
  offset: number;
  /** Keyset paging: the page starts after this id (offset then only says where the page stands). */
  after?: string | number;
  bbox?: [number, number, number, number];
  bboxCrs: OgcCrs;
  crs: OgcCrs;
  f?: 'json' | 'html';
  /** Adds the collection's scope (see applyScope) and the requested property filters. */
  applyFilters: (query: Knex.QueryBuilder) => void;
}

export interface OgcCollectionSource {
  id: string;
  title: string;
  description: string;
  /** `table as alias`; every column below is qualified by the alias. */
  table: string;
  idColumn: string;
  geometryColumn: string;
  propertiesSql: string;
  itemsQuery: z.ZodObject;
  /** Null when the text cannot be an id of this collection. */
  parseFeatureId: (raw: string) => string | number | null;
  /** Validates the query string (a 400 when it is wrong) and prepares its property filters. */
  parseItemsRequest: (db: Db, raw: Record<string, unknown>) => Promise<OgcItemsRequest>;
  /** The rows the collection serves at all (associations: not deleted). */
  applyScope: (query: Knex.QueryBuilder) => void;
}

type ApplyFilters = (query: Knex.QueryBuilder) => void;

interface CollectionSpec<S extends z.ZodRawShape> extends Omit<
  OgcCollectionSource,
  'itemsQuery' | 'parseFeatureId' | 'parseItemsRequest' | 'applyScope'
> {
  featureId: z.ZodType<string | number>;
  filterShape: S;
  /** The parsed property filters as WHERE clauses, after whatever they must look up first; none when absent. */
  prepareFilters?: (db: Db, filters: z.output<z.ZodObject<S, z.core.$strict>>) => Promise<ApplyFilters>;
  /** Every row when absent. */
  applyScope?: ApplyFilters;
}

const noFilter: ApplyFilters = () => undefined;

const commonSchema = z.object(ogcItemsShape);
const COMMON_NAMES = Object.keys(ogcItemsShape);

function defineCollection<S extends z.ZodRawShape>(spec: CollectionSpec<S>): OgcCollectionSource {
  const {
    featureId,
    filterShape,
    prepareFilters = () => Promise.resolve(noFilter),
    applyScope = noFilter,
    ...source
  } = spec;
  const filterSchema = z.strictObject(filterShape);
  return {
    ...source,
    applyScope,
    itemsQuery: z.strictObject({ ...ogcItemsShape, ...filterShape }),
    parseFeatureId: (raw) => {
      const parsed = featureId.safeParse(raw);
      return parsed.success ? parsed.data : null;
    },
    parseItemsRequest: async (db, raw) => {
      const { limit, offset, after: afterText, bbox, 'bbox-crs': bboxCrs, crs, f } = parseQuery(commonSchema, raw);
      const after = afterText === undefined ? undefined : parsePath(featureId, afterText, 'after');
      const rest = Object.entries(raw).filter(([name]) => !COMMON_NAMES.includes(name));
      const filters = parseQuery(filterSchema, Object.fromEntries(rest));
      const applyFilters = await prepareFilters(db, filters);
      return { limit, offset, after, bbox, f, bboxCrs: crsByUri(bboxCrs), crs: crsByUri(crs), applyFilters };
    },
  };
}

const numericId = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);

/** Filters that are plain "column is any of these values". */
function whereAnyOf(columns: Record<string, string>) {
  return (_db: Db, filters: Record<string, string[] | undefined>): Promise<ApplyFilters> =>
    Promise.resolve((query) => {
      for (const [name, column] of Object.entries(columns)) {
        const values = filters[name];
        if (values?.length) query.whereIn(column, values);
      }
    });
}

const placeFilters = { governorate: anyOf(governorateCode).optional(), district: anyOf(districtCode).optional() };

const associationPropertyFilters = z.object(associationFilterShape).omit({ bbox: true }).shape;

export const OGC_COLLECTIONS: OgcCollectionSource[] = [
  defineCollection({
    id: 'associations',
    title: 'الجمعيات الأهلية — Associations',
    description:
      'Civil and central associations (جمعيات أهلية ومركزية). ' +
      'Contacts are never included; exports are the place for them.',
    table: 'associations as a',
    idColumn: 'a.id',
    geometryColumn: 'a.geom',
    propertiesSql: `(${FEATURE_JSON}) -> 'properties'`,
    featureId: numericId,
    filterShape: associationPropertyFilters,
    prepareFilters: async (db, filters) => {
      const resolved = await resolveAssociationFilters(db, filters);
      return (query) => applyAssociationFilters(query, resolved);
    },
    applyScope: (query) => applyAssociationFilters(query, {}),
  }),
  defineCollection({
    id: 'governorates',
    title: 'المحافظات — Governorates',
    description: 'Governorate boundaries; ids are ISO 3166-2 codes such as EG-KN.',
    table: 'governorates as g',
    idColumn: 'g.code',
    geometryColumn: 'g.geom',
    propertiesSql: `json_build_object('code', g.code, 'hasc', g.hasc, 'nameAr', g.name_ar, 'nameEn', g.name_en,
                                      'population', g.population, 'populationYear', g.population_year,
                                      'areaKm2', g.area_km2)`,
    featureId: governorateCode,
    filterShape: {},
  }),
  defineCollection({
    id: 'districts',
    title: 'المراكز والأقسام — Districts',
    description: 'District (markaz, kism, city) boundaries; ids are HASC codes such as EG.QN.QS.',
    table: 'districts as d',
    idColumn: 'd.code',
    geometryColumn: 'd.geom',
    propertiesSql: `json_build_object('code', d.code, 'governorate', d.governorate_code,
                                      'nameAr', d.name_ar, 'nameEn', d.name_en, 'kind', d.kind,
                                      'population', d.population, 'populationYear', d.population_year)`,
    featureId: districtCode,
    filterShape: { governorate: placeFilters.governorate },
    prepareFilters: whereAnyOf({ governorate: 'd.governorate_code' }),
  }),
  defineCollection({
    id: 'villages',
    title: 'القرى — Villages',
    description: 'Villages and other settlements as points.',
    table: 'villages as v',
    idColumn: 'v.id',
    geometryColumn: 'v.geom',
    propertiesSql: `json_build_object('nameAr', v.name_ar, 'nameEn', v.name_en, 'placeType', v.place_type,
                                      'population', v.population, 'governorate', v.governorate_code,
                                      'district', v.district_code)`,
    featureId: numericId,
    filterShape: placeFilters,
    prepareFilters: whereAnyOf({ governorate: 'v.governorate_code', district: 'v.district_code' }),
  }),
  defineCollection({
    id: 'social-units',
    title: 'الوحدات الاجتماعية — Social units',
    description: 'Government social units in villages, in use or unused.',
    table: 'social_units as u',
    idColumn: 'u.id',
    geometryColumn: 'u.geom',
    propertiesSql: `json_build_object('nameAr', u.name_ar, 'nameEn', u.name_en, 'status', u.status,
                                      'village', u.village_id, 'governorate', u.governorate_code,
                                      'district', u.district_code)`,
    featureId: numericId,
    filterShape: { ...placeFilters, status: anyOf(z.enum(SOCIAL_UNIT_STATUSES)).optional() },
    prepareFilters: whereAnyOf({ governorate: 'u.governorate_code', district: 'u.district_code', status: 'u.status' }),
  }),
];

/** Null when no collection has this id. */
export const findCollection = (id: string): OgcCollectionSource | null =>
  OGC_COLLECTIONS.find((c) => c.id === id) ?? null;
