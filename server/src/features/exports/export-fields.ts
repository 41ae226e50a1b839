// The columns of an association export, in order: the name in CSV, GeoJSON and GeoPackage, the shapefile's (DBF) name
// of at most 10 characters, the GDAL type and the SQL on `associations AS a`. docs/EXPORTS.md shows this table.

export interface ExportField {
  name: string;
  /** The DBF field name in a shapefile: at most 10 characters. */
  dbf: string;
  /** The header of a labelled export (labels=ar|en, xlsx), in its language. */
  header?: string;
  /** GDAL's CSVT type; strings get a width of 254 bytes in shapefiles only. */
  type: 'Integer' | 'Integer(Boolean)' | 'Real' | 'String';
  sql: string;
  /** Contacts: only in exports for signed-in staff, and filled only where `can()` lets them read contacts. */
  sensitive?: true;
}

const SECTORS = `(SELECT string_agg(s.sector_code, ';' ORDER BY s.sector_code)
                    FROM association_sectors s WHERE s.association_id = a.id)`;
const RESOURCES = `(SELECT string_agg(r.resource_code || ':' || r.quantity, ';' ORDER BY r.resource_code)
                      FROM association_resources r WHERE r.association_id = a.id)`;

export const EXPORT_FIELDS: readonly ExportField[] = [
  { name: 'id', dbf: 'id', type: 'Integer', sql: 'a.id' },
  { name: 'registrationNo', dbf: 'reg_no', type: 'String', sql: 'a.registration_no' },
  { name: 'nameAr', dbf: 'name_ar', type: 'String', sql: 'a.name_ar' },
  { name: 'nameEn', dbf: 'name_en', type: 'String', sql: 'a.name_en' },
  { name: 'kind', dbf: 'kind', type: 'String', sql: 'a.kind' },
  { name: 'status', dbf: 'status', type: 'String', sql: 'a.status' },
  { name: 'governorate', dbf: 'gov_code', type: 'String', sql: 'a.governorate_code' },
  { name: 'district', dbf: 'dist_code', type: 'String', sql: 'a.district_code' },
  { name: 'members', dbf: 'members', type: 'Integer', sql: 'a.members' },
  { name: 'intlCoop', dbf: 'intl_coop', type: 'Integer(Boolean)', sql: 'a.intl_coop' },
  { name: 'sectors', dbf: 'sectors', type: 'String', sql: SECTORS },
  { name: 'resources', dbf: 'resources', type: 'String', sql: RESOURCES },
  { name: 'lon', dbf: 'lon', type: 'Real', sql: 'round(ST_X(a.geom)::numeric, 6)' },
  { name: 'lat', dbf: 'lat', type: 'Real', sql: 'round(ST_Y(a.geom)::numeric, 6)' },
  { name: 'locationPrecision', dbf: 'loc_prec', type: 'String', sql: 'a.location_precision' },
  { name: 'contactPerson', dbf: 'contact', type: 'String', sql: 'a.contact_person', sensitive: true },
  { name: 'phone', dbf: 'phone', type: 'String', sql: 'a.phone', sensitive: true },
  { name: 'email', dbf: 'email', type: 'String', sql: 'a.email', sensitive: true },
];

/** The public's columns, or every column for staff (contacts then blank where they may not read them). */
export const exportFieldsFor = (signedIn: boolean): ExportField[] =>
  EXPORT_FIELDS.filter((field) => signedIn || !field.sensitive);

/** One exported association: values keyed by field name. */
export type ExportRow = Record<string, string | number | boolean | null>;
