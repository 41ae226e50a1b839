// SQL that commits and undoes a boundaries import, built from one description per table: before- and after-images
// (geometry as EWKB hex), updates that keep what an empty cell leaves, inserts, the audit, and the way back.
// Bindings: `:rows:`, `:importId`, `:actorId`, `:actorEmail`, `:action`.
import type { BoundaryTarget } from '../validate/boundary-rows.sql';

interface BoundaryTable {
  entity: 'governorate' | 'district' | 'village';
  table: BoundaryTarget;
  key: 'code' | 'osm_id';
  /** Columns an import writes besides the key and geom; the rows table has the same names. */
  columns: string[];
  /** Values for new rows when the file leaves a column empty. */
  defaults?: Record<string, string>;
  /**
   * The audit's entity_id of change `c` (villages have a numeric id; boundaries are named by the code in the
   * images).
   */
  auditId: string;
}

const TABLES: Record<BoundaryTarget, BoundaryTable> = {
  governorates: {
    entity: 'governorate',
    table: 'governorates',
    key: 'code',
    columns: ['hasc', 'name_ar', 'name_en', 'population', 'population_year', 'area_km2'],
    auditId: 'NULL::int',
  },
  districts: {
    entity: 'district',
    table: 'districts',
    key: 'code',
    columns: ['governorate_code', 'name_ar', 'name_en', 'kind', 'population', 'population_year'],
    auditId: 'NULL::int',
  },
  villages: {
    entity: 'village',
    table: 'villages',
    key: 'osm_id',
    columns: ['name_ar', 'name_en', 'place_type', 'population'],
    defaults: { place_type: `'village'` },
    auditId: `(coalesce(c.before, c.after)->>'id')::int`,
  },
};

const VALID = `NOT EXISTS (SELECT 1 FROM import_errors e WHERE e.import_id = :importId AND e.row_no = r.row_no)`;
const IMAGE = (alias: string) => `to_jsonb(${alias}) - 'geom' || jsonb_build_object('geom', ${alias}.geom::text)`;
const CHANGES = (t: BoundaryTable) => `c.import_id = :importId AND c.entity = '${t.entity}'`;

function commitSql(t: BoundaryTable) {
  const set = [
    ...t.columns.map((column) => `${column} = coalesce(r.${column}, x.${column})`),
    'geom = coalesce(r.geom, x.geom)',
  ].join(', ');
  const values = t.columns.map((column) =>
    t.defaults?.[column] ? `coalesce(r.${column}, ${t.defaults[column]})` : `r.${column}`,
  );
  return [
    `INSERT INTO import_changes (import_id, entity, entity_key, action, before, after)
     SELECT :importId, '${t.entity}', x.${t.key}::text, 'update', ${IMAGE('x')}, '{}'
       FROM :rows: r JOIN ${t.table} x ON x.${t.key} = r.${t.key} WHERE r.is_update AND ${VALID}`,
    `UPDATE ${t.table} x SET ${set} FROM :rows: r WHERE x.${t.key} = r.${t.key} AND r.is_update AND ${VALID}`,
    `WITH inserted AS (
       INSERT INTO ${t.table} (${t.key}, ${t.columns.join(', ')}, geom)
       SELECT r.${t.key}, ${values.join(', ')}, r.geom FROM :rows: r
        WHERE NOT r.is_update AND ${VALID} ORDER BY r.row_no
       RETURNING ${t.key})
     INSERT INTO import_changes (import_id, entity, entity_key, action, before, after)
     SELECT :importId, '${t.entity}', ${t.key}::text, 'insert', NULL, '{}' FROM inserted`,
    `UPDATE import_changes c SET after = ${IMAGE('x')} FROM ${t.table} x
      WHERE ${CHANGES(t)} AND x.${t.key}::text = c.entity_key`,
  ];
}

/** Audit entries carry the images without geometry (import_changes keeps the geometry for undo). */
function auditSql(t: BoundaryTable, direction: 'commit' | 'undo') {
  const [before, after] = direction === 'commit' ? ['c.before', 'c.after'] : ['c.after', 'c.before'];
  return `INSERT INTO audit_log (actor_id, actor_email, action, entity, entity_id, import_id, before, after)
          SELECT :actorId, :actorEmail, :action, '${t.entity}', ${t.auditId}, :importId,
                 ${before} - 'geom', ${after} - 'geom'
            FROM import_changes c WHERE ${CHANGES(t)} ORDER BY c.entity_key`;
}

function undoSql(t: BoundaryTable) {
  const restore = [...t.columns, 'geom'].map((column) => `${column} = b.${column}`).join(', ');
  return {
    conflicts: `
      SELECT c.entity_key AS key,
             CASE WHEN x.${t.key} IS NULL THEN 'was deleted after the import' ELSE 'was changed after the import' END
               AS reason
        FROM import_changes c LEFT JOIN ${t.table} x ON x.${t.key}::text = c.entity_key
       WHERE ${CHANGES(t)} AND (x.${t.key} IS NULL OR ${IMAGE('x')} <> c.after)
      ${
        t.table === 'governorates'
          ? `UNION ALL
      SELECT c.entity_key, format('district %s now lies in it', d.code)
        FROM import_changes c JOIN districts d ON d.governorate_code = c.entity_key
       WHERE ${CHANGES(t)} AND c.action = 'insert'`
          : ''
      }
       LIMIT 100`,
    restore: `
      UPDATE ${t.table} x SET ${restore}
        FROM import_changes c CROSS JOIN LATERAL jsonb_populate_record(NULL::${t.table}, c.before) b
       WHERE ${CHANGES(t)} AND c.action = 'update' AND x.${t.key} = b.${t.key}`,
    /** A new district is emptied first, so the associations in it move back before it is deleted. */
    detach: `
      UPDATE ${t.table} x SET geom = ST_GeomFromText('MULTIPOLYGON EMPTY', 4326)
        FROM import_changes c WHERE ${CHANGES(t)} AND c.action = 'insert' AND x.${t.key}::text = c.entity_key`,
    remove: `DELETE FROM ${t.table} x USING import_changes c
              WHERE ${CHANGES(t)} AND c.action = 'insert' AND x.${t.key}::text = c.entity_key`,
  };
}

export const BOUNDARY_COMMIT = Object.fromEntries(
  Object.entries(TABLES).map(([target, t]) => [target, { statements: commitSql(t), audit: auditSql(t, 'commit') }]),
) as Record<BoundaryTarget, { statements: string[]; audit: string }>;

export const BOUNDARY_UNDO = Object.fromEntries(
  Object.entries(TABLES).map(([target, t]) => [target, { ...undoSql(t), audit: auditSql(t, 'undo') }]),
) as Record<BoundaryTarget, ReturnType<typeof undoSql> & { audit: string }>;
