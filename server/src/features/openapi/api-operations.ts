// Every endpoint of the server, described once from the contracts' zod schemas: the OpenAPI document and /api/docs are
// generated from this list, and a test fails when a route is missing from it. A new endpoint is one entry.
import { z } from 'zod';
import { associationFilters, associationListQuery } from '../../../../contracts/association-filters';
import { districtsQuery, governoratesQuery } from '../../../../contracts/boundaries';
import { coverageQuery } from '../../../../contracts/coverage';
import { IMPORT_FORMATS } from '../../../../contracts/imports';
import { EXPORT_PATH, exportFormatQuery } from '../../../../contracts/export';
import { linksQuery } from '../../../../contracts/links';
import { ogcFormatQuery, ogcItemQuery } from '../../../../contracts/ogc';
import { nearestQuery } from '../../../../contracts/nearest';
import { partnersQuery } from '../../../../contracts/partners';
import { socialUnitsQuery, villagesQuery } from '../../../../contracts/places';
import { searchQuery } from '../../../../contracts/search';
import { idParam } from '../associations/association-params';
import { findCollection, OGC_COLLECTIONS } from '../ogc/ogc-collections';
import { tileCoordinates } from '../tiles/tile-coordinates';
import { BASEMAP_ARCHIVE_PATH } from '../../../../contracts/basemap';
import type { BodySchemaName, ReplySchemaName } from './openapi-schemas';

export interface ApiReply {
  status: number;
  description: string;
  /** Media type and, for JSON, the named schema (a list of it when `list`). */
  type?: string;
  schema?: ReplySchemaName;
  list?: true;
}

export interface ApiOperation {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI spelling: /api/associations/{id}. */
  path: string;
  tag: string;
  summary: string;
  query?: z.ZodObject;
  /** Path parameters; any not given here is a plain string. */
  params?: z.ZodObject;
  body?: BodySchemaName;
  /** application/json unless said. */
  bodyType?: 'multipart/form-data';
  reply: ApiReply;
  /** `session`: a signed-in user; `write`: and the X-CSRF-Token header of GET /api/auth/me. */
  access?: 'session' | 'write';
  /** Takes `If-Match: "<version>"` (optimistic concurrency). */
  ifMatch?: true;
}

const json = (schema: ReplySchemaName, description: string, status = 200): ApiReply => ({
  status,
  description,
  type: 'application/json',
  schema,
});
const list = (schema: ReplySchemaName, description: string): ApiReply => ({ ...json(schema, description), list: true });
const geojson = (schema: ReplySchemaName, description: string): ApiReply => ({
  ...json(schema, description),
  type: 'application/geo+json',
});
const noContent = (description: string): ApiReply => ({ status: 204, description });

const collectionId = z.object({ collectionId: z.enum(OGC_COLLECTIONS.map((c) => c.id) as [string, ...string[]]) });
const associationItems = findCollection('associations')?.itemsQuery;
const ogc = (path: string, summary: string, reply: ApiReply, extra: Partial<ApiOperation> = {}): ApiOperation => ({
  method: 'get',
  path,
  tag: 'OGC API Features',
  summary,
  query: ogcFormatQuery,
  reply,
  ...extra,
});

export const API_OPERATIONS: ApiOperation[] = [
  {
    method: 'get',
    path: '/healthz',
    tag: 'health',
    summary: 'Liveness: the process answers',
    reply: json('HealthStatus', 'Up'),
  },
  {
    method: 'get',
    path: '/readyz',
    tag: 'health',
    summary: 'Readiness: the database answers and is migrated',
    reply: json('HealthStatus', 'Ready'),
  },

  {
    method: 'post',
    path: '/api/auth/login',
    tag: 'accounts',
    summary: 'Sign in: sets the session cookie',
    body: 'LoginInput',
    reply: json('Session', 'Signed in, with the CSRF token for writes'),
  },
  { method: 'post', path: '/api/auth/logout', tag: 'accounts', summary: 'Sign out', reply: noContent('Signed out') },
  {
    method: 'get',
    path: '/api/auth/me',
    tag: 'accounts',
    summary: 'Who is signed in (null for the public) and the CSRF token',
    reply: json('Session', 'The session'),
  },
  {
    method: 'get',
    path: '/api/users',
    tag: 'accounts',
    summary: 'List users (admins)',
    access: 'session',
    reply: list('UserSummary', 'Every user'),
  },
  {
    method: 'post',
    path: '/api/users',
    tag: 'accounts',
    summary: 'Create a user (admins)',
    access: 'write',
    body: 'UserInput',
    reply: json('CurrentUser', 'Created', 201),
  },
  {
    method: 'patch',
    path: '/api/users/{id}',
    tag: 'accounts',
    summary: 'Change a user (admins)',
    access: 'write',
    params: idParam,
    body: 'UserUpdate',
    reply: json('CurrentUser', 'Changed'),
  },

  {
    method: 'get',
    path: '/api/governorates',
    tag: 'boundaries',
    summary: 'Governorates, with geometry when geometry=true',
    query: governoratesQuery,
    reply: list('Governorate', 'Governorates by English name'),
  },
  {
    method: 'get',
    path: '/api/districts',
    tag: 'boundaries',
    summary: 'Districts (markaz), with geometry when geometry=true',
    query: districtsQuery,
    reply: list('District', 'Districts by English name'),
  },
  {
    method: 'get',
    path: '/api/basemap',
    tag: 'boundaries',
    summary: "Which ground the map draws: the built-in basemap or the deployment's PMTiles extract",
    reply: json('BasemapSetting', 'The basemap setting'),
  },
  {
    method: 'get',
    path: '/tiles/basemap/{z}/{x}/{y}.mvt',
    tag: 'boundaries',
    summary: 'Vector tile of the built-in basemap: land, water, waterways, railways, stations and places',
    params: tileCoordinates,
    reply: { status: 200, description: 'A Mapbox vector tile', type: 'application/vnd.mapbox-vector-tile' },
  },
  {
    method: 'get',
    path: BASEMAP_ARCHIVE_PATH,
    tag: 'boundaries',
    summary: "The deployment's own OpenStreetMap extract (BASEMAP_PMTILES), by byte ranges; 404 when none is set",
    reply: {
      status: 200,
      description: 'A PMTiles v3 archive (206 for a Range request)',
      type: 'application/vnd.pmtiles',
    },
  },
  {
    method: 'get',
    path: '/api/vocabularies',
    tag: 'boundaries',
    summary: 'Sector and resource codes with Arabic and English labels',
    reply: json('Vocabularies', 'Both vocabularies in display order'),
  },
  {
    method: 'get',
    path: '/api/villages',
    tag: 'boundaries',
    summary: 'Villages as GeoJSON points',
    query: villagesQuery,
    reply: geojson('VillageCollection', 'Villages'),
  },
  {
    method: 'get',
    path: '/api/social-units',
    tag: 'boundaries',
    summary: 'Social units as GeoJSON points',
    query: socialUnitsQuery,
    reply: geojson('SocialUnitCollection', 'Social units'),
  },

  {
    method: 'get',
    path: '/api/associations',
    tag: 'associations',
    summary: 'Filtered associations as GeoJSON (never contacts)',
    query: associationListQuery,
    reply: geojson('AssociationCollection', 'A page of matching associations'),
  },
  {
    method: 'post',
    path: '/api/associations',
    tag: 'associations',
    summary: 'Create an association (GIS unit)',
    access: 'write',
    body: 'AssociationCreate',
    reply: json('AssociationProfile', 'Created; ETag is its version', 201),
  },
  {
    method: 'get',
    path: EXPORT_PATH,
    tag: 'associations',
    summary: 'Download exactly what the filters match: CSV, GeoJSON, GeoPackage or zipped shapefile',
    query: z.object({ ...exportFormatQuery.shape, ...associationFilters.shape }),
    reply: {
      status: 200,
      description: 'An attachment; contacts only for signed-in staff allowed to read them',
      type: 'text/csv, application/geo+json, application/geopackage+sqlite3, application/zip',
    },
  },
  {
    method: 'get',
    path: '/api/associations/{id}',
    tag: 'associations',
    summary: 'The whole profile; contacts only for those allowed',
    params: idParam,
    reply: json('AssociationProfile', 'The profile; ETag is its version'),
  },
  {
    method: 'patch',
    path: '/api/associations/{id}',
    tag: 'associations',
    summary: 'Change an association',
    access: 'write',
    ifMatch: true,
    params: idParam,
    body: 'AssociationPatch',
    reply: json('AssociationProfile', 'Changed'),
  },
  {
    method: 'delete',
    path: '/api/associations/{id}',
    tag: 'associations',
    summary: 'Delete an association (GIS unit)',
    access: 'write',
    ifMatch: true,
    params: idParam,
    reply: noContent('Deleted'),
  },
  {
    method: 'get',
    path: '/api/associations/{id}/history',
    tag: 'associations',
    summary: 'The audited changes, newest first; an empty list when none were recorded',
    params: idParam,
    reply: list('HistoryEntry', 'The history'),
  },
  {
    method: 'get',
    path: '/api/stats',
    tag: 'associations',
    summary: 'Totals and per-district figures of the filtered set',
    query: associationFilters,
    reply: json('Stats', 'Figures'),
  },
  {
    method: 'get',
    path: '/api/links',
    tag: 'associations',
    summary: 'Links between matching associations as GeoJSON lines',
    query: linksQuery,
    reply: geojson('LinkCollection', 'Links'),
  },
  {
    method: 'get',
    path: '/api/search',
    tag: 'associations',
    summary: 'Arabic-aware suggestions: associations, then villages',
    query: searchQuery,
    reply: json('SearchReply', 'Suggestions'),
  },
  {
    method: 'get',
    path: '/api/partners',
    tag: 'associations',
    summary: 'Ranked partner suggestions with the reasons for each',
    query: partnersQuery,
    reply: json('PartnersReply', 'Ranked partners'),
  },
  {
    method: 'get',
    path: '/api/nearest',
    tag: 'associations',
    summary:
      "The public's service finder: nearest active associations offering a sector or a resource from a point, " +
      'with the distance on the ground (never contacts)',
    query: nearestQuery,
    reply: json('NearestReply', 'Nearest first; empty when none is within radiusKm'),
  },
  {
    method: 'get',
    path: '/api/coverage',
    tag: 'associations',
    summary: 'Coverage of a governorate: per district, gaps, unused social units',
    query: coverageQuery,
    reply: json('CoverageReply', 'Coverage'),
  },

  {
    method: 'get',
    path: '/tiles/associations/{z}/{x}/{y}.mvt',
    tag: 'associations',
    summary: 'Vector tile of the filtered associations (clusters at low zooms)',
    params: tileCoordinates,
    query: associationFilters,
    reply: { status: 200, description: 'A Mapbox vector tile', type: 'application/vnd.mapbox-vector-tile' },
  },

  {
    method: 'post',
    path: '/api/imports',
    tag: 'imports',
    summary: `Dry run of an import (GIS unit): ${IMPORT_FORMATS.join(', ')}`,
    access: 'write',
    body: 'ImportUpload',
    bodyType: 'multipart/form-data',
    reply: json('ImportResult', 'Validated: what was detected, counts and row errors', 201),
  },
  {
    method: 'get',
    path: '/api/imports',
    tag: 'imports',
    summary: 'Imports, newest first',
    access: 'session',
    reply: list('ImportSummary', 'Imports the user may see'),
  },
  {
    method: 'get',
    path: '/api/imports/{id}',
    tag: 'imports',
    summary: 'One import with its report',
    access: 'session',
    params: idParam,
    reply: json('ImportResult', 'The import'),
  },
  {
    method: 'get',
    path: '/api/imports/{id}/report.csv',
    tag: 'imports',
    summary: 'Every row error of an import as CSV',
    access: 'session',
    params: idParam,
    reply: { status: 200, description: 'row, sheet_row, field, message', type: 'text/csv' },
  },
  {
    method: 'get',
    path: '/api/imports/{id}/placement.geojson',
    tag: 'imports',
    summary: 'Where the dry run placed each row, and how precisely (up to 5,000 rows)',
    access: 'session',
    params: idParam,
    reply: {
      status: 200,
      description: 'FeatureCollection: row, name, precision (exact, village, district), district, valid',
      type: 'application/geo+json',
    },
  },
  {
    method: 'post',
    path: '/api/imports/{id}/commit',
    tag: 'imports',
    summary: 'Write every valid row in one transaction',
    access: 'write',
    params: idParam,
    body: 'ImportCommitInput',
    reply: json('ImportResult', 'Committed'),
  },
  {
    method: 'get',
    path: '/api/import-templates',
    tag: 'imports',
    summary: 'Saved import templates (mapping, defaults, values), by name',
    access: 'session',
    reply: list('ImportTemplate', 'Templates'),
  },
  {
    method: 'patch',
    path: '/api/import-templates/{id}',
    tag: 'imports',
    summary: 'Rename an import template',
    access: 'write',
    params: idParam,
    body: 'ImportTemplateRename',
    reply: json('ImportTemplate', 'Renamed'),
  },
  {
    method: 'delete',
    path: '/api/import-templates/{id}',
    tag: 'imports',
    summary: 'Delete an import template',
    access: 'write',
    params: idParam,
    reply: noContent('Deleted'),
  },
  {
    method: 'post',
    path: '/api/imports/{id}/undo',
    tag: 'imports',
    summary: 'Restore what was there before the import',
    access: 'write',
    params: idParam,
    reply: json('ImportResult', 'Undone'),
  },

  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'documentation',
    summary: 'This OpenAPI 3.1 document',
    reply: { status: 200, description: 'The document', type: 'application/vnd.oai.openapi+json;version=3.1' },
  },
  {
    method: 'get',
    path: '/api/docs',
    tag: 'documentation',
    summary: 'This document as a page to read',
    reply: { status: 200, description: 'HTML', type: 'text/html' },
  },

  ogc('/ogc', 'Landing page', json('OgcLandingPage', 'Links to the API definition, conformance and collections')),
  ogc('/ogc/conformance', 'Conformance classes', json('OgcConformance', 'The classes implemented')),
  ogc('/ogc/collections', 'The collections', json('OgcCollections', 'Every collection with its extent and CRSs')),
  ogc('/ogc/collections/{collectionId}', 'One collection', json('OgcCollection', 'The collection'), {
    params: collectionId,
  }),
  ogc(
    '/ogc/collections/{collectionId}/items',
    'Features of a collection (these filters are those of associations; districts take governorate, ' +
      'villages governorate and district, social-units also status)',
    geojson('OgcFeatureCollection', 'A page of features, with next and prev links; Content-Crs names the CRS'),
    { params: collectionId, query: associationItems },
  ),
  ogc('/ogc/collections/{collectionId}/items/{featureId}', 'One feature', geojson('OgcFeature', 'The feature'), {
    params: collectionId,
    query: ogcItemQuery,
  }),
];
