-- The schema a fresh database migrates to (pg_dump --schema-only --no-owner --no-privileges, normalised).
-- Generated: do not edit. After a change to migrations/, run `npm run schema:dump` and commit the diff.

--
-- PostgreSQL database dump
--

--
-- Name: import_staging; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA import_staging;

--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';

--
-- Name: intarray; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS intarray WITH SCHEMA public;

--
-- Name: EXTENSION intarray; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION intarray IS 'functions, operators, and index support for 1-D arrays of integers';

--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';

--
-- Name: postgis; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;

--
-- Name: EXTENSION postgis; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION postgis IS 'PostGIS geometry and geography spatial types and functions';

--
-- Name: association_grid_delta; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.association_grid_delta AS (
	sign integer,
	id integer,
	x double precision,
	y double precision,
	governorate_code text,
	district_code text,
	kind text,
	status text,
	intl_coop boolean,
	members integer,
	facets text[]
);

--
-- Name: association_facet_grid_apply(public.association_grid_delta[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.association_facet_grid_apply(deltas public.association_grid_delta[]) RETURNS void
    LANGUAGE sql
    AS $$
  WITH finest AS (
    SELECT tile_grid_column(d.x, 11) AS gc, tile_grid_row(d.y, 11) AS gr, f.facet, d.district_code,
           min(d.governorate_code) AS governorate_code, sum(d.sign) AS n, sum(d.sign * d.members::bigint) AS members,
           sum(d.sign * d.id::bigint) AS id_sum, sum(d.sign * d.x) AS x_sum, sum(d.sign * d.y) AS y_sum
      FROM unnest(deltas) AS d
     CROSS JOIN unnest(d.facets) AS f(facet)
     GROUP BY 1, 2, f.facet, d.district_code)
  INSERT INTO association_facet_grid AS g (z, tx, ty, facet, cell, district_code, governorate_code,
                                           n, members, id_sum, x_sum, y_sum)
  SELECT z, c.gc >> 4, c.gr >> 4, f.facet, ((c.gr & 15) << 4 | (c.gc & 15))::smallint, f.district_code,
         min(f.governorate_code), sum(f.n)::int, sum(f.members), sum(f.id_sum), sum(f.x_sum), sum(f.y_sum)
    FROM finest f
   CROSS JOIN generate_series(0, 11) AS z
   CROSS JOIN LATERAL (SELECT f.gc >> (11 - z) AS gc, f.gr >> (11 - z) AS gr) AS c
   GROUP BY z, c.gc, c.gr, f.facet, f.district_code
   ORDER BY z, c.gc >> 4, c.gr >> 4, f.facet, 5, f.district_code
  ON CONFLICT (z, tx, ty, facet, cell, district_code) DO UPDATE
     SET n = g.n + excluded.n, members = g.members + excluded.members, id_sum = g.id_sum + excluded.id_sum,
         x_sum = g.x_sum + excluded.x_sum, y_sum = g.y_sum + excluded.y_sum;
  DELETE FROM association_facet_grid WHERE n = 0;
$$;

--
-- Name: association_grid_apply(public.association_grid_delta[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.association_grid_apply(deltas public.association_grid_delta[]) RETURNS void
    LANGUAGE sql
    AS $$
  WITH finest AS (
    SELECT tile_grid_column(d.x, 13) AS gc, tile_grid_row(d.y, 13) AS gr, d.governorate_code, d.district_code,
           d.kind, d.status, d.intl_coop, sum(d.sign) AS n, sum(d.sign * d.members::bigint) AS members,
           sum(d.sign * d.id::bigint) AS id_sum, sum(d.sign * d.x) AS x_sum, sum(d.sign * d.y) AS y_sum
      FROM unnest(deltas) AS d
     GROUP BY 1, 2, d.governorate_code, d.district_code, d.kind, d.status, d.intl_coop)
  INSERT INTO association_grid AS g (z, tx, ty, cell, governorate_code, district_code, kind, status, intl_coop,
                                     n, members, id_sum, x_sum, y_sum)
  SELECT z, c.gc >> 4, c.gr >> 4, ((c.gr & 15) << 4 | (c.gc & 15))::smallint, f.governorate_code, f.district_code,
         f.kind, f.status, f.intl_coop, sum(f.n)::int, sum(f.members), sum(f.id_sum), sum(f.x_sum), sum(f.y_sum)
    FROM finest f
   CROSS JOIN generate_series(0, 13) AS z
   CROSS JOIN LATERAL (SELECT f.gc >> (13 - z) AS gc, f.gr >> (13 - z) AS gr) AS c
   GROUP BY z, c.gc, c.gr, f.governorate_code, f.district_code, f.kind, f.status, f.intl_coop
   ORDER BY z, c.gc >> 4, c.gr >> 4, 4, f.district_code, f.kind, f.status, f.intl_coop
  ON CONFLICT (z, tx, ty, cell, district_code, kind, status, intl_coop) DO UPDATE
     SET n = g.n + excluded.n, members = g.members + excluded.members, id_sum = g.id_sum + excluded.id_sum,
         x_sum = g.x_sum + excluded.x_sum, y_sum = g.y_sum + excluded.y_sum;
  DELETE FROM association_grid WHERE n = 0;
$$;

--
-- Name: normalize_ar(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.normalize_ar(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
  SELECT btrim(regexp_replace(lower(translate(
           regexp_replace(input, '[\u064B-\u065F\u0670\u0640]', '', 'g'),
           'أإآٱىیة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
           'ااااييه01234567890123456789')), '\s+', ' ', 'g'))
$$;

--
-- Name: associations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.associations (
    id integer NOT NULL,
    registration_no text NOT NULL,
    name_ar text NOT NULL,
    name_en text,
    kind text NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    geom public.geometry(Point,4326) NOT NULL,
    address text,
    governorate_code text NOT NULL,
    district_code text NOT NULL,
    members integer DEFAULT 0 NOT NULL,
    board_size integer,
    staff integer,
    volunteers integer,
    annual_budget numeric(14,2),
    founded_on date,
    registered_on date,
    last_verified_on date,
    contact_person text,
    phone text,
    email text,
    intl_coop boolean DEFAULT false NOT NULL,
    source text DEFAULT 'registry'::text NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    search_text text GENERATED ALWAYS AS (public.normalize_ar(((((((name_ar || ' '::text) || COALESCE(name_en, ''::text)) || ' '::text) || registration_no) || ' '::text) || COALESCE(address, ''::text)))) STORED,
    version integer DEFAULT 1 NOT NULL,
    deleted_at timestamp with time zone,
    facets text[] DEFAULT '{}'::text[] NOT NULL,
    location_precision text DEFAULT 'exact'::text NOT NULL,
    CONSTRAINT associations_counts_not_negative CHECK (((members >= 0) AND (COALESCE(board_size, 0) >= 0) AND (COALESCE(staff, 0) >= 0) AND (COALESCE(volunteers, 0) >= 0) AND (COALESCE(annual_budget, (0)::numeric) >= (0)::numeric))),
    CONSTRAINT associations_kind_check CHECK ((kind = ANY (ARRAY['civil'::text, 'central'::text]))),
    CONSTRAINT associations_location_precision_check CHECK ((location_precision = ANY (ARRAY['exact'::text, 'village'::text, 'district'::text]))),
    CONSTRAINT associations_name_ar_not_blank CHECK ((btrim(name_ar) <> ''::text)),
    CONSTRAINT associations_registration_no_not_blank CHECK ((btrim(registration_no) <> ''::text)),
    CONSTRAINT associations_source_check CHECK ((source = ANY (ARRAY['registry'::text, 'demo'::text, 'synthetic'::text, 'import'::text]))),
    CONSTRAINT associations_status_check CHECK ((status = ANY (ARRAY['active'::text, 'suspended'::text, 'dissolved'::text])))
);

--
-- Name: association_grid_delta_of(integer, public.associations); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.association_grid_delta_of(sign integer, a public.associations) RETURNS public.association_grid_delta
    LANGUAGE sql STABLE
    AS $$
  SELECT ROW(sign, a.id, ST_X(p), ST_Y(p), a.governorate_code, a.district_code, a.kind, a.status, a.intl_coop,
             a.members, a.facets)::association_grid_delta
    FROM ST_Transform(a.geom, 3857) AS p
$$;

--
-- Name: association_grid_rebuild(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.association_grid_rebuild() RETURNS void
    LANGUAGE sql
    AS $$
  TRUNCATE association_grid;
  SELECT association_grid_apply(ARRAY(
    SELECT association_grid_delta_of(1, a) FROM associations a WHERE a.deleted_at IS NULL));
$$;

--
-- Name: association_grid_track(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.association_grid_track() RETURNS trigger
    LANGUAGE plpgsql
    SET enable_nestloop TO 'off'
    AS $$
DECLARE
  deltas association_grid_delta[];
  grid_deltas association_grid_delta[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    TRUNCATE association_grid, association_facet_grid;
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    deltas := ARRAY(SELECT association_grid_delta_of(1, n) FROM new_rows n WHERE n.deleted_at IS NULL);
    PERFORM association_grid_apply(deltas);
  ELSIF TG_OP = 'DELETE' THEN
    deltas := ARRAY(SELECT association_grid_delta_of(-1, o) FROM old_rows o WHERE o.deleted_at IS NULL);
    PERFORM association_grid_apply(deltas);
  ELSE
    SELECT array_agg(c.d) FILTER (WHERE moved.gridded), array_agg(c.d) INTO STRICT grid_deltas, deltas
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     CROSS JOIN LATERAL (SELECT (o.geom, o.members, o.kind, o.status, o.intl_coop, o.district_code,
                                 o.deleted_at IS NULL)
                                IS DISTINCT FROM (n.geom, n.members, n.kind, n.status, n.intl_coop, n.district_code,
                                                  n.deleted_at IS NULL)
                                AS gridded) AS moved
     CROSS JOIN LATERAL (SELECT association_grid_delta_of(-1, o) WHERE o.deleted_at IS NULL
                         UNION ALL
                         SELECT association_grid_delta_of(1, n) WHERE n.deleted_at IS NULL) AS c(d)
     WHERE moved.gridded OR o.facets IS DISTINCT FROM n.facets;
    PERFORM association_grid_apply(coalesce(grid_deltas, '{}'));
  END IF;
  PERFORM association_facet_grid_apply(coalesce(deltas, '{}'));
  RETURN NULL;
END
$$;

--
-- Name: bump_association_data_version(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.bump_association_data_version() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  PERFORM pg_notify('association_data_version', nextval('association_data_version')::text);
  RETURN NULL;
END
$$;

--
-- Name: bump_version(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.bump_version() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NEW.facets IS DISTINCT FROM OLD.facets
     AND to_jsonb(NEW) - 'facets' - 'search_text' = to_jsonb(OLD) - 'facets' - 'search_text' THEN
    RETURN NEW;
  END IF;
  NEW.version := OLD.version + 1;
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

--
-- Name: import_date(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.import_date(input text) RETURNS date
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $_$
DECLARE
  cleaned text := translate(btrim(input), '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '01234567890123456789');
  parts text[];
BEGIN
  parts := regexp_match(cleaned, '^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})([ T].*){0,1}$');
  IF parts IS NOT NULL THEN
    RETURN make_date(parts[1]::int, parts[2]::int, parts[3]::int);
  END IF;
  parts := regexp_match(cleaned, '^([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})$');
  IF parts IS NOT NULL THEN
    RETURN make_date(parts[3]::int, parts[2]::int, parts[1]::int);
  END IF;
  IF cleaned ~ '^[0-9]{5}([.][0-9]*){0,1}$' AND cleaned::numeric BETWEEN 10000 AND 80000 THEN
    RETURN DATE '1899-12-30' + floor(cleaned::numeric)::int;
  END IF;
  RETURN NULL;
EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
  RETURN NULL;
END
$_$;

--
-- Name: import_number(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.import_number(input text) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $_$
  SELECT CASE WHEN cleaned ~ '^[+-]{0,1}[0-9]{1,15}([.][0-9]*){0,1}$' THEN cleaned::numeric END
    FROM (SELECT regexp_replace(translate(btrim(input), '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫', '01234567890123456789.'),
                                '[,٬\s]', '', 'g') AS cleaned) AS c
$_$;

--
-- Name: import_phone(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.import_phone(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $_$
  SELECT CASE WHEN digits ~ '^(\+20|0020|20)[1-9][0-9]{7,9}$' THEN regexp_replace(digits, '^(\+20|0020|20)', '0')
              WHEN digits ~ '^0[1-9][0-9]{7,9}$' THEN digits
              WHEN digits ~ '^1[0125][0-9]{8}$' THEN '0' || digits
              ELSE btrim(input) END
    FROM (SELECT regexp_replace(translate(btrim(input), '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '01234567890123456789'),
                                '[\s().-]', '', 'g') AS digits) AS d
$_$;

--
-- Name: import_yes_no(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.import_yes_no(input text) RETURNS boolean
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
    AS $$
  SELECT CASE min(code) WHEN 'yes' THEN true WHEN 'no' THEN false END
    FROM vocabulary_words WHERE list = 'yes_no' AND vocabulary_key(word) = vocabulary_key(input)
$$;

--
-- Name: locate_in_district(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.locate_in_district() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  found_district record;
BEGIN
  IF NEW.geom IS NULL THEN
    NEW.district_code := NULL;
    NEW.governorate_code := NULL;
    RETURN NEW;
  END IF;
  -- An update that keeps the point and its codes needs no lookup.
  IF TG_OP = 'UPDATE' AND NEW.geom IS NOT DISTINCT FROM OLD.geom
     AND NEW.district_code IS NOT DISTINCT FROM OLD.district_code
     AND NEW.governorate_code IS NOT DISTINCT FROM OLD.governorate_code THEN
    RETURN NEW;
  END IF;
  SELECT d.code, d.governorate_code INTO found_district
    FROM districts d
   WHERE ST_Intersects(d.geom, NEW.geom)
   ORDER BY d.code
   LIMIT 1;
  IF found_district.code IS NOT NULL THEN
    NEW.district_code := found_district.code;
    NEW.governorate_code := found_district.governorate_code;
    RETURN NEW;
  END IF;
  IF TG_ARGV[0] = 'required' THEN
    IF NOT EXISTS (SELECT 1 FROM governorates g WHERE ST_Intersects(g.geom, NEW.geom)) THEN
      RAISE EXCEPTION USING ERRCODE = 'CA001', COLUMN = 'location',
        MESSAGE = format('location %s, %s is outside Egypt',
                         round(ST_X(NEW.geom)::numeric, 6), round(ST_Y(NEW.geom)::numeric, 6));
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'CA002', COLUMN = 'location',
      MESSAGE = format('location %s, %s is outside every district',
                       round(ST_X(NEW.geom)::numeric, 6), round(ST_Y(NEW.geom)::numeric, 6));
  END IF;
  NEW.district_code := NULL;
  NEW.governorate_code := (SELECT g.code FROM governorates g WHERE ST_Intersects(g.geom, NEW.geom)
                            ORDER BY g.code LIMIT 1);
  RETURN NEW;
END
$$;

--
-- Name: partner_keys(text[], boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.partner_keys(facets text[], intl_coop boolean) RETURNS integer[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
  SELECT ARRAY(SELECT ('x' || left(md5(f), 8))::bit(32)::int
                 FROM unnest(CASE WHEN intl_coop THEN facets || '{cooperation:intl}'::text[] ELSE facets END) AS f)
$$;

--
-- Name: place_key(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.place_key(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
  SELECT btrim(regexp_replace(public.vocabulary_key(input), '^(محافظه|مركز|قسم|بندر|مدينه|قريه|ناحيه|حي) ', ''))
$$;

--
-- Name: refresh_intl_coop(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.refresh_intl_coop() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  UPDATE associations a
     SET intl_coop = EXISTS (SELECT 1 FROM intl_programmes p WHERE p.association_id = a.id AND p.status = 'active')
   WHERE a.id IN (SELECT association_id FROM changed_rows);
  RETURN NULL;
END
$$;

--
-- Name: remember_search_words(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.remember_search_words() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT w.word FROM changed_rows c CROSS JOIN LATERAL unnest(string_to_array(c.search_text, ' ')) AS w(word)
   WHERE w.word <> ''
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

--
-- Name: round_to_tenth(double precision); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.round_to_tenth(x double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  SELECT floor(x * 10 + 0.5) / 10
$$;

--
-- Name: stats_mark_associations(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.stats_mark_associations() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    -- DELETE, not TRUNCATE: a refresher holding these tables while it waits to read associations would deadlock.
    DELETE FROM stats_cells;
    DELETE FROM stats_dirty;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO stats_dirty (district_code) SELECT DISTINCT n.district_code FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO stats_dirty (district_code) SELECT DISTINCT o.district_code FROM old_rows o;
  ELSE
    -- The versions that changed, old and new, as set differences: a join of the transition tables would be planned
    -- once, as a nested loop, for the row counts of the first statement of the session (15,000 × 15,000 rows: 28 s).
    INSERT INTO stats_dirty (district_code)
    SELECT DISTINCT changed.district_code
      FROM ((SELECT id, district_code, governorate_code, kind, status, intl_coop, members, facets, deleted_at IS NULL AS live FROM old_rows EXCEPT SELECT id, district_code, governorate_code, kind, status, intl_coop, members, facets, deleted_at IS NULL AS live FROM new_rows)
            UNION ALL
            (SELECT id, district_code, governorate_code, kind, status, intl_coop, members, facets, deleted_at IS NULL AS live FROM new_rows EXCEPT SELECT id, district_code, governorate_code, kind, status, intl_coop, members, facets, deleted_at IS NULL AS live FROM old_rows)) AS changed;
  END IF;
  RETURN NULL;
END
$$;

--
-- Name: stats_mark_details(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.stats_mark_details() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO stats_dirty (district_code) SELECT DISTINCT district_code FROM associations;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO stats_dirty (association_id) SELECT DISTINCT n.association_id FROM new_rows n;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO stats_dirty (association_id) SELECT DISTINCT o.association_id FROM old_rows o;
  END IF;
  RETURN NULL;
END
$$;

--
-- Name: sync_association_facets(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.sync_association_facets() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
  ids int[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    ids := ARRAY(SELECT id FROM associations WHERE facets <> '{}');
  ELSIF TG_OP = 'INSERT' THEN
    ids := ARRAY(SELECT DISTINCT association_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    ids := ARRAY(SELECT DISTINCT association_id FROM old_rows);
  ELSE
    ids := ARRAY(SELECT association_id FROM old_rows UNION SELECT association_id FROM new_rows);
  END IF;
  -- An association deleted outright (its rows cascading here) is gone and matches nothing.
  UPDATE associations a
     SET facets = coalesce(f.facets, '{}')
    FROM unnest(ids) AS changed(id)
    LEFT JOIN association_facet_lists f ON f.association_id = changed.id
   WHERE a.id = changed.id AND a.facets IS DISTINCT FROM coalesce(f.facets, '{}');
  RETURN NULL;
END
$$;

--
-- Name: tile_grid_column(double precision, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tile_grid_column(x double precision, z integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  SELECT least(greatest(floor((x + 20037508.342789244) * (1 << (z + 4)) / 40075016.685578488), 0),
               (1 << (z + 4)) - 1)::int
$$;

--
-- Name: tile_grid_row(double precision, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.tile_grid_row(y double precision, z integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
  SELECT least(greatest(floor((20037508.342789244 - y) * (1 << (z + 4)) / 40075016.685578488), 0),
               (1 << (z + 4)) - 1)::int
$$;

--
-- Name: vocabulary_key(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.vocabulary_key(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
  SELECT btrim(regexp_replace(' ' || public.normalize_ar(input), ' (ال|وال)', ' ', 'g'))
$$;

--
-- Name: association_data_version; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.association_data_version
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: association_facet_grid; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.association_facet_grid (
    z smallint NOT NULL,
    tx integer NOT NULL,
    ty integer NOT NULL,
    facet text NOT NULL,
    cell smallint NOT NULL,
    district_code text NOT NULL,
    governorate_code text NOT NULL,
    n integer NOT NULL,
    members bigint NOT NULL,
    id_sum bigint NOT NULL,
    x_sum double precision NOT NULL,
    y_sum double precision NOT NULL
);

--
-- Name: association_facet_grid_filterable; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.association_facet_grid_filterable AS
 SELECT g.z,
    g.tx,
    g.ty,
    g.facet,
    g.cell,
    g.district_code,
    g.governorate_code,
    g.n,
    g.members,
    g.id_sum,
    g.x_sum,
    g.y_sum,
    NULL::timestamp with time zone AS deleted_at
   FROM public.association_facet_grid g;

--
-- Name: association_resources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.association_resources (
    association_id integer NOT NULL,
    resource_code text NOT NULL,
    quantity integer DEFAULT 1 NOT NULL,
    CONSTRAINT association_resources_quantity_positive CHECK ((quantity > 0))
);

--
-- Name: association_sectors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.association_sectors (
    association_id integer NOT NULL,
    sector_code text NOT NULL
);

--
-- Name: association_facet_lists; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.association_facet_lists AS
 SELECT f.association_id,
    array_agg(f.facet ORDER BY f.facet) AS facets
   FROM ( SELECT association_sectors.association_id,
            ('sector:'::text || association_sectors.sector_code) AS facet
           FROM public.association_sectors
        UNION ALL
         SELECT association_resources.association_id,
            ('resource:'::text || association_resources.resource_code)
           FROM public.association_resources) f
  GROUP BY f.association_id;

--
-- Name: association_grid; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.association_grid (
    z smallint NOT NULL,
    tx integer NOT NULL,
    ty integer NOT NULL,
    cell smallint NOT NULL,
    governorate_code text NOT NULL,
    district_code text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    intl_coop boolean NOT NULL,
    n integer NOT NULL,
    members bigint NOT NULL,
    id_sum bigint NOT NULL,
    x_sum double precision NOT NULL,
    y_sum double precision NOT NULL
);

--
-- Name: association_grid_filterable; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.association_grid_filterable AS
 SELECT g.z,
    g.tx,
    g.ty,
    g.cell,
    g.governorate_code,
    g.district_code,
    g.kind,
    g.status,
    g.intl_coop,
    g.n,
    g.members,
    g.id_sum,
    g.x_sum,
    g.y_sum,
    NULL::timestamp with time zone AS deleted_at
   FROM public.association_grid g;

--
-- Name: association_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.association_links (
    id integer NOT NULL,
    from_association_id integer NOT NULL,
    to_association_id integer NOT NULL,
    kind text NOT NULL,
    since date,
    note text,
    CONSTRAINT association_links_kind_check CHECK ((kind = ANY (ARRAY['affiliation'::text, 'partnership'::text, 'network'::text]))),
    CONSTRAINT association_links_not_self CHECK ((from_association_id <> to_association_id))
);

--
-- Name: association_links_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.association_links_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: association_links_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.association_links_id_seq OWNED BY public.association_links.id;

--
-- Name: associations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.associations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: associations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.associations_id_seq OWNED BY public.associations.id;

--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    actor_id integer,
    actor_email text,
    action text NOT NULL,
    entity text NOT NULL,
    entity_id integer,
    import_id integer,
    before jsonb,
    after jsonb,
    CONSTRAINT audit_log_action_check CHECK ((action = ANY (ARRAY['create'::text, 'update'::text, 'delete'::text, 'import'::text, 'undo'::text])))
);

--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: audit_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_log_id_seq OWNED BY public.audit_log.id;

--
-- Name: basemap_features; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.basemap_features (
    id integer NOT NULL,
    layer text NOT NULL,
    kind text NOT NULL,
    name_ar text,
    name_en text,
    geom public.geometry(Geometry,3857) NOT NULL,
    CONSTRAINT basemap_features_layer_check CHECK ((layer = ANY (ARRAY['land'::text, 'water'::text, 'waterway'::text, 'railway'::text, 'station'::text, 'town'::text])))
);

--
-- Name: TABLE basemap_features; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.basemap_features IS 'Loaded from geodata/basemap.geojson; polygons subdivided to at most 256 vertices.';

--
-- Name: basemap_features_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.basemap_features_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: basemap_features_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.basemap_features_id_seq OWNED BY public.basemap_features.id;

--
-- Name: districts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.districts (
    code text NOT NULL,
    governorate_code text NOT NULL,
    name_ar text NOT NULL,
    name_en text NOT NULL,
    kind text,
    population integer,
    population_year smallint,
    geom public.geometry(MultiPolygon,4326) NOT NULL,
    official_geom public.geometry(MultiPolygon,4326),
    CONSTRAINT districts_kind_check CHECK ((kind = ANY (ARRAY['markaz'::text, 'kism'::text, 'city'::text]))),
    CONSTRAINT districts_population_check CHECK ((population > 0))
);

--
-- Name: COLUMN districts.official_geom; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.districts.official_geom IS 'The source polygon when geom was filled to the nearest markaz (desert, Nile); null when they are the same.';

--
-- Name: governorates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.governorates (
    code text NOT NULL,
    hasc text,
    name_ar text NOT NULL,
    name_en text NOT NULL,
    population integer,
    population_year smallint,
    area_km2 numeric(10,1),
    geom public.geometry(MultiPolygon,4326) NOT NULL,
    CONSTRAINT governorates_population_check CHECK ((population > 0))
);

--
-- Name: import_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.import_changes (
    import_id integer NOT NULL,
    entity text NOT NULL,
    entity_key text NOT NULL,
    action text NOT NULL,
    before jsonb,
    after jsonb NOT NULL,
    CONSTRAINT import_changes_action_check CHECK ((action = ANY (ARRAY['insert'::text, 'update'::text])))
);

--
-- Name: import_errors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.import_errors (
    import_id integer NOT NULL,
    row_no integer NOT NULL,
    field text NOT NULL,
    message text NOT NULL,
    code text NOT NULL,
    params jsonb DEFAULT '{}'::jsonb NOT NULL
);

--
-- Name: import_templates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.import_templates (
    id integer NOT NULL,
    name text NOT NULL,
    target text NOT NULL,
    fields text[] NOT NULL,
    mapping jsonb NOT NULL,
    defaults jsonb DEFAULT '{}'::jsonb NOT NULL,
    "values" jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_by integer,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT import_templates_name_not_blank CHECK ((btrim(name) <> ''::text))
);

--
-- Name: import_templates_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.import_templates_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: import_templates_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.import_templates_id_seq OWNED BY public.import_templates.id;

--
-- Name: imports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.imports (
    id integer NOT NULL,
    target text NOT NULL,
    status text NOT NULL,
    file_name text NOT NULL,
    detected jsonb NOT NULL,
    mapping jsonb NOT NULL,
    suggested_mapping jsonb NOT NULL,
    options jsonb NOT NULL,
    counts jsonb NOT NULL,
    sample jsonb NOT NULL,
    scope text[],
    created_by integer,
    created_by_email text NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    committed_by_email text,
    committed_at timestamp with time zone,
    undone_by_email text,
    undone_at timestamp with time zone,
    value_matches jsonb DEFAULT '{}'::jsonb NOT NULL,
    placement jsonb DEFAULT '{}'::jsonb NOT NULL,
    commit_started_at timestamp with time zone,
    CONSTRAINT imports_status_check CHECK ((status = ANY (ARRAY['validated'::text, 'committed'::text, 'undone'::text, 'expired'::text, 'failed'::text]))),
    CONSTRAINT imports_target_check CHECK ((target = ANY (ARRAY['associations'::text, 'governorates'::text, 'districts'::text, 'villages'::text])))
);

--
-- Name: imports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.imports_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: imports_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.imports_id_seq OWNED BY public.imports.id;

--
-- Name: intl_programmes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.intl_programmes (
    id integer NOT NULL,
    association_id integer NOT NULL,
    partner text NOT NULL,
    donor_country text,
    name text NOT NULL,
    sector_code text,
    starts_on date,
    ends_on date,
    budget numeric(14,2),
    status text DEFAULT 'active'::text NOT NULL,
    CONSTRAINT intl_programmes_budget_not_negative CHECK ((COALESCE(budget, (0)::numeric) >= (0)::numeric)),
    CONSTRAINT intl_programmes_period_ordered CHECK (((ends_on IS NULL) OR (starts_on IS NULL) OR (starts_on <= ends_on))),
    CONSTRAINT intl_programmes_status_check CHECK ((status = ANY (ARRAY['planned'::text, 'active'::text, 'completed'::text])))
);

--
-- Name: intl_programmes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.intl_programmes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: intl_programmes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.intl_programmes_id_seq OWNED BY public.intl_programmes.id;

--
-- Name: knex_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.knex_migrations (
    id integer NOT NULL,
    name character varying(255),
    batch integer,
    migration_time timestamp with time zone
);

--
-- Name: knex_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.knex_migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: knex_migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.knex_migrations_id_seq OWNED BY public.knex_migrations.id;

--
-- Name: knex_migrations_lock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.knex_migrations_lock (
    index integer NOT NULL,
    is_locked integer
);

--
-- Name: knex_migrations_lock_index_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.knex_migrations_lock_index_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: knex_migrations_lock_index_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.knex_migrations_lock_index_seq OWNED BY public.knex_migrations_lock.index;

--
-- Name: login_attempts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_attempts (
    id bigint NOT NULL,
    email text NOT NULL,
    address text NOT NULL,
    succeeded boolean NOT NULL,
    attempted_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    device text
);

--
-- Name: login_attempts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.login_attempts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: login_attempts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.login_attempts_id_seq OWNED BY public.login_attempts.id;

--
-- Name: login_devices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_devices (
    token_hash text NOT NULL,
    email text NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_seen_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);

--
-- Name: resource_types; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_types (
    code text NOT NULL,
    label_ar text NOT NULL,
    label_en text NOT NULL,
    unit text DEFAULT 'unit'::text NOT NULL,
    sort_order smallint DEFAULT '0'::smallint NOT NULL
);

--
-- Name: search_words; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_words (
    word text NOT NULL
);

--
-- Name: sectors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sectors (
    code text NOT NULL,
    label_ar text NOT NULL,
    label_en text NOT NULL,
    sort_order smallint DEFAULT '0'::smallint NOT NULL
);

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    token_hash text NOT NULL,
    user_id integer NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

--
-- Name: social_units; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.social_units (
    id integer NOT NULL,
    name_ar text NOT NULL,
    name_en text,
    status text NOT NULL,
    village_id integer,
    governorate_code text,
    district_code text,
    source text DEFAULT 'registry'::text NOT NULL,
    geom public.geometry(Point,4326) NOT NULL,
    CONSTRAINT social_units_source_check CHECK ((source = ANY (ARRAY['registry'::text, 'demo'::text, 'import'::text]))),
    CONSTRAINT social_units_status_check CHECK ((status = ANY (ARRAY['in_use'::text, 'unused'::text])))
);

--
-- Name: social_units_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.social_units_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: social_units_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.social_units_id_seq OWNED BY public.social_units.id;

--
-- Name: stats_cells; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_cells (
    district_code text NOT NULL,
    governorate_code text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    intl_coop boolean NOT NULL,
    associations integer NOT NULL,
    members bigint NOT NULL,
    resources jsonb NOT NULL,
    sectors jsonb NOT NULL,
    partners jsonb NOT NULL,
    donor_countries jsonb NOT NULL
);

--
-- Name: stats_cells_filterable; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.stats_cells_filterable AS
 SELECT c.district_code,
    c.governorate_code,
    c.kind,
    c.status,
    c.intl_coop,
    c.associations,
    c.members,
    c.resources,
    c.sectors,
    c.partners,
    c.donor_countries,
    NULL::timestamp with time zone AS deleted_at
   FROM public.stats_cells c;

--
-- Name: stats_dirty; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_dirty (
    id bigint NOT NULL,
    district_code text,
    association_id integer,
    CONSTRAINT stats_dirty_check CHECK (((district_code IS NULL) <> (association_id IS NULL)))
);

--
-- Name: stats_dirty_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.stats_dirty_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: stats_dirty_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.stats_dirty_id_seq OWNED BY public.stats_dirty.id;

--
-- Name: success_stories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.success_stories (
    id integer NOT NULL,
    association_id integer NOT NULL,
    title_ar text NOT NULL,
    title_en text,
    body_ar text NOT NULL,
    body_en text,
    happened_on date
);

--
-- Name: success_stories_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.success_stories_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: success_stories_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.success_stories_id_seq OWNED BY public.success_stories.id;

--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id integer NOT NULL,
    email text NOT NULL,
    name text,
    password_hash text NOT NULL,
    role text NOT NULL,
    governorates text[] DEFAULT '{}'::text[] NOT NULL,
    association_id integer,
    disabled boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    last_login_at timestamp with time zone,
    CONSTRAINT users_role_check CHECK ((role = ANY (ARRAY['coordinator'::text, 'official'::text, 'gis'::text, 'admin'::text])))
);

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;

--
-- Name: villages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.villages (
    id integer NOT NULL,
    osm_id bigint,
    name_ar text,
    name_en text,
    place_type text DEFAULT 'village'::text NOT NULL,
    population integer,
    governorate_code text,
    district_code text,
    geom public.geometry(Point,4326) NOT NULL,
    CONSTRAINT villages_named CHECK (((name_ar IS NOT NULL) OR (name_en IS NOT NULL))),
    CONSTRAINT villages_population_check CHECK ((population > 0))
);

--
-- Name: villages_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.villages_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

--
-- Name: villages_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.villages_id_seq OWNED BY public.villages.id;

--
-- Name: vocabulary_words; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vocabulary_words (
    list text NOT NULL,
    word text NOT NULL,
    code text NOT NULL,
    is_label boolean DEFAULT false NOT NULL,
    CONSTRAINT vocabulary_words_list_check CHECK ((list = ANY (ARRAY['kind'::text, 'status'::text, 'yes_no'::text, 'sector'::text, 'resource'::text])))
);

--
-- Name: vocabulary_terms; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.vocabulary_terms AS
 SELECT 'sector'::text AS list,
    sectors.code,
    term.term,
    true AS is_label
   FROM public.sectors,
    LATERAL unnest(ARRAY[sectors.code, sectors.label_ar, sectors.label_en]) term(term)
UNION ALL
 SELECT 'resource'::text AS list,
    resource_types.code,
    term.term,
    true AS is_label
   FROM public.resource_types,
    LATERAL unnest(ARRAY[resource_types.code, resource_types.label_ar, resource_types.label_en]) term(term)
UNION ALL
 SELECT vocabulary_words.list,
    vocabulary_words.code,
    vocabulary_words.word AS term,
    vocabulary_words.is_label
   FROM public.vocabulary_words;

--
-- Name: association_links id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_links ALTER COLUMN id SET DEFAULT nextval('public.association_links_id_seq'::regclass);

--
-- Name: associations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.associations ALTER COLUMN id SET DEFAULT nextval('public.associations_id_seq'::regclass);

--
-- Name: audit_log id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log ALTER COLUMN id SET DEFAULT nextval('public.audit_log_id_seq'::regclass);

--
-- Name: basemap_features id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.basemap_features ALTER COLUMN id SET DEFAULT nextval('public.basemap_features_id_seq'::regclass);

--
-- Name: import_templates id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_templates ALTER COLUMN id SET DEFAULT nextval('public.import_templates_id_seq'::regclass);

--
-- Name: imports id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports ALTER COLUMN id SET DEFAULT nextval('public.imports_id_seq'::regclass);

--
-- Name: intl_programmes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intl_programmes ALTER COLUMN id SET DEFAULT nextval('public.intl_programmes_id_seq'::regclass);

--
-- Name: knex_migrations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.knex_migrations ALTER COLUMN id SET DEFAULT nextval('public.knex_migrations_id_seq'::regclass);

--
-- Name: knex_migrations_lock index; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.knex_migrations_lock ALTER COLUMN index SET DEFAULT nextval('public.knex_migrations_lock_index_seq'::regclass);

--
-- Name: login_attempts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_attempts ALTER COLUMN id SET DEFAULT nextval('public.login_attempts_id_seq'::regclass);

--
-- Name: social_units id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.social_units ALTER COLUMN id SET DEFAULT nextval('public.social_units_id_seq'::regclass);

--
-- Name: stats_dirty id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dirty ALTER COLUMN id SET DEFAULT nextval('public.stats_dirty_id_seq'::regclass);

--
-- Name: success_stories id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.success_stories ALTER COLUMN id SET DEFAULT nextval('public.success_stories_id_seq'::regclass);

--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);

--
-- Name: villages id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.villages ALTER COLUMN id SET DEFAULT nextval('public.villages_id_seq'::regclass);

--
-- Name: association_facet_grid association_facet_grid_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_facet_grid
    ADD CONSTRAINT association_facet_grid_pkey PRIMARY KEY (z, tx, ty, facet, cell, district_code);

--
-- Name: association_grid association_grid_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_grid
    ADD CONSTRAINT association_grid_pkey PRIMARY KEY (z, tx, ty, cell, district_code, kind, status, intl_coop);

--
-- Name: association_links association_links_from_association_id_to_association_id_kind_un; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_links
    ADD CONSTRAINT association_links_from_association_id_to_association_id_kind_un UNIQUE (from_association_id, to_association_id, kind);

--
-- Name: association_links association_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_links
    ADD CONSTRAINT association_links_pkey PRIMARY KEY (id);

--
-- Name: association_resources association_resources_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_resources
    ADD CONSTRAINT association_resources_pkey PRIMARY KEY (association_id, resource_code);

--
-- Name: association_sectors association_sectors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_sectors
    ADD CONSTRAINT association_sectors_pkey PRIMARY KEY (association_id, sector_code);

--
-- Name: associations associations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.associations
    ADD CONSTRAINT associations_pkey PRIMARY KEY (id);

--
-- Name: associations associations_registration_no_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.associations
    ADD CONSTRAINT associations_registration_no_unique UNIQUE (registration_no);

--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);

--
-- Name: basemap_features basemap_features_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.basemap_features
    ADD CONSTRAINT basemap_features_pkey PRIMARY KEY (id);

--
-- Name: districts districts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.districts
    ADD CONSTRAINT districts_pkey PRIMARY KEY (code);

--
-- Name: governorates governorates_hasc_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.governorates
    ADD CONSTRAINT governorates_hasc_unique UNIQUE (hasc);

--
-- Name: governorates governorates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.governorates
    ADD CONSTRAINT governorates_pkey PRIMARY KEY (code);

--
-- Name: import_changes import_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_changes
    ADD CONSTRAINT import_changes_pkey PRIMARY KEY (import_id, entity, entity_key);

--
-- Name: import_templates import_templates_name_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_templates
    ADD CONSTRAINT import_templates_name_unique UNIQUE (name);

--
-- Name: import_templates import_templates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_templates
    ADD CONSTRAINT import_templates_pkey PRIMARY KEY (id);

--
-- Name: imports imports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports
    ADD CONSTRAINT imports_pkey PRIMARY KEY (id);

--
-- Name: intl_programmes intl_programmes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intl_programmes
    ADD CONSTRAINT intl_programmes_pkey PRIMARY KEY (id);

--
-- Name: knex_migrations_lock knex_migrations_lock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.knex_migrations_lock
    ADD CONSTRAINT knex_migrations_lock_pkey PRIMARY KEY (index);

--
-- Name: knex_migrations knex_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.knex_migrations
    ADD CONSTRAINT knex_migrations_pkey PRIMARY KEY (id);

--
-- Name: login_attempts login_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_attempts
    ADD CONSTRAINT login_attempts_pkey PRIMARY KEY (id);

--
-- Name: login_devices login_devices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_devices
    ADD CONSTRAINT login_devices_pkey PRIMARY KEY (token_hash);

--
-- Name: resource_types resource_types_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_types
    ADD CONSTRAINT resource_types_pkey PRIMARY KEY (code);

--
-- Name: search_words search_words_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_words
    ADD CONSTRAINT search_words_pkey PRIMARY KEY (word);

--
-- Name: sectors sectors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sectors
    ADD CONSTRAINT sectors_pkey PRIMARY KEY (code);

--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token_hash);

--
-- Name: social_units social_units_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.social_units
    ADD CONSTRAINT social_units_pkey PRIMARY KEY (id);

--
-- Name: stats_cells stats_cells_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_cells
    ADD CONSTRAINT stats_cells_pkey PRIMARY KEY (district_code, governorate_code, kind, status, intl_coop);

--
-- Name: stats_dirty stats_dirty_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_dirty
    ADD CONSTRAINT stats_dirty_pkey PRIMARY KEY (id);

--
-- Name: success_stories success_stories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.success_stories
    ADD CONSTRAINT success_stories_pkey PRIMARY KEY (id);

--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

--
-- Name: villages villages_osm_id_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.villages
    ADD CONSTRAINT villages_osm_id_unique UNIQUE (osm_id);

--
-- Name: villages villages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.villages
    ADD CONSTRAINT villages_pkey PRIMARY KEY (id);

--
-- Name: vocabulary_words vocabulary_words_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vocabulary_words
    ADD CONSTRAINT vocabulary_words_pkey PRIMARY KEY (list, word);

--
-- Name: association_facet_grid_emptied; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX association_facet_grid_emptied ON public.association_facet_grid USING btree (z) WHERE (n = 0);

--
-- Name: association_grid_emptied; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX association_grid_emptied ON public.association_grid USING btree (z) WHERE (n = 0);

--
-- Name: association_links_to_association_id_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX association_links_to_association_id_index ON public.association_links USING btree (to_association_id);

--
-- Name: association_resources_covering; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX association_resources_covering ON public.association_resources USING btree (association_id, resource_code) INCLUDE (quantity);

--
-- Name: association_resources_resource_code_quantity_association_id_ind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX association_resources_resource_code_quantity_association_id_ind ON public.association_resources USING btree (resource_code, quantity, association_id);

--
-- Name: association_sectors_sector_code_association_id_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX association_sectors_sector_code_association_id_index ON public.association_sectors USING btree (sector_code, association_id);

--
-- Name: associations_cooperating_partner_gist; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX associations_cooperating_partner_gist ON public.associations USING gist (geom, public.partner_keys(facets, intl_coop), members) WHERE (intl_coop AND (status = 'active'::text) AND (deleted_at IS NULL));

--
-- Name: associations_district_code_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX associations_district_code_index ON public.associations USING btree (district_code);

--
-- Name: associations_facets; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX associations_facets ON public.associations USING gin (facets);

--
-- Name: associations_geom_gist; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX associations_geom_gist ON public.associations USING gist (geom);

--
-- Name: associations_governorate_code_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX associations_governorate_code_index ON public.associations USING btree (governorate_code);

--
-- Name: associations_intl_coop; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX associations_intl_coop ON public.associations USING btree (intl_coop) WHERE intl_coop;

--
-- Name: associations_members_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX associations_members_index ON public.associations USING btree (members);

--
-- Name: associations_partner_gist; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX associations_partner_gist ON public.associations USING gist (geom, public.partner_keys(facets, intl_coop), members) WHERE ((status = 'active'::text) AND (deleted_at IS NULL));

--
-- Name: associations_search_prefix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX associations_search_prefix ON public.associations USING btree ("left"(search_text, 200) text_pattern_ops);

--
-- Name: associations_search_words; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX associations_search_words ON public.associations USING gin (string_to_array(search_text, ' '::text));

--
-- Name: audit_log_entity_entity_id_at_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_entity_entity_id_at_index ON public.audit_log USING btree (entity, entity_id, at);

--
-- Name: audit_log_import; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_import ON public.audit_log USING btree (import_id) WHERE (import_id IS NOT NULL);

--
-- Name: basemap_features_geom_gist; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX basemap_features_geom_gist ON public.basemap_features USING gist (geom);

--
-- Name: districts_geom_gist; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX districts_geom_gist ON public.districts USING gist (geom);

--
-- Name: districts_governorate_code_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX districts_governorate_code_index ON public.districts USING btree (governorate_code);

--
-- Name: governorates_geom_gist; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX governorates_geom_gist ON public.governorates USING gist (geom);

--
-- Name: import_errors_import_id_row_no_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX import_errors_import_id_row_no_index ON public.import_errors USING btree (import_id, row_no);

--
-- Name: import_templates_target_fields_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX import_templates_target_fields_index ON public.import_templates USING btree (target, fields);

--
-- Name: imports_created_at_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX imports_created_at_index ON public.imports USING btree (created_at);

--
-- Name: intl_programmes_covering; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX intl_programmes_covering ON public.intl_programmes USING btree (association_id) INCLUDE (status, partner, donor_country);

--
-- Name: login_attempts_address_attempted_at_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_attempts_address_attempted_at_index ON public.login_attempts USING btree (address, attempted_at);

--
-- Name: login_attempts_email_attempted_at_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_attempts_email_attempted_at_index ON public.login_attempts USING btree (email, attempted_at);

--
-- Name: login_devices_last_seen_at_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_devices_last_seen_at_index ON public.login_devices USING btree (last_seen_at);

--
-- Name: search_words_trgm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX search_words_trgm ON public.search_words USING gin (word public.gin_trgm_ops);

--
-- Name: sessions_expires_at_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_expires_at_index ON public.sessions USING btree (expires_at);

--
-- Name: sessions_user_id_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user_id_index ON public.sessions USING btree (user_id);

--
-- Name: social_units_geom_gist; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX social_units_geom_gist ON public.social_units USING gist (geom);

--
-- Name: success_stories_association_id_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX success_stories_association_id_index ON public.success_stories USING btree (association_id);

--
-- Name: users_email_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_email_unique ON public.users USING btree (lower(email));

--
-- Name: villages_district_code_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX villages_district_code_index ON public.villages USING btree (district_code);

--
-- Name: villages_geom_gist; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX villages_geom_gist ON public.villages USING gist (geom);

--
-- Name: villages_place_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX villages_place_key ON public.villages USING btree (public.place_key(name_ar));

--
-- Name: association_resources association_resources_data_version; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_resources_data_version AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.association_resources FOR EACH STATEMENT EXECUTE FUNCTION public.bump_association_data_version();

--
-- Name: association_resources association_resources_facets_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_resources_facets_delete AFTER DELETE ON public.association_resources REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.sync_association_facets();

--
-- Name: association_resources association_resources_facets_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_resources_facets_insert AFTER INSERT ON public.association_resources REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.sync_association_facets();

--
-- Name: association_resources association_resources_facets_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_resources_facets_truncate AFTER TRUNCATE ON public.association_resources FOR EACH STATEMENT EXECUTE FUNCTION public.sync_association_facets();

--
-- Name: association_resources association_resources_facets_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_resources_facets_update AFTER UPDATE ON public.association_resources REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.sync_association_facets();

--
-- Name: association_resources association_resources_stats_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_resources_stats_delete AFTER DELETE ON public.association_resources REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_details();

--
-- Name: association_resources association_resources_stats_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_resources_stats_insert AFTER INSERT ON public.association_resources REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_details();

--
-- Name: association_resources association_resources_stats_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_resources_stats_truncate AFTER TRUNCATE ON public.association_resources FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_details();

--
-- Name: association_resources association_resources_stats_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_resources_stats_update AFTER UPDATE ON public.association_resources REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_details();

--
-- Name: association_sectors association_sectors_data_version; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_sectors_data_version AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.association_sectors FOR EACH STATEMENT EXECUTE FUNCTION public.bump_association_data_version();

--
-- Name: association_sectors association_sectors_facets_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_sectors_facets_delete AFTER DELETE ON public.association_sectors REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.sync_association_facets();

--
-- Name: association_sectors association_sectors_facets_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_sectors_facets_insert AFTER INSERT ON public.association_sectors REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.sync_association_facets();

--
-- Name: association_sectors association_sectors_facets_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_sectors_facets_truncate AFTER TRUNCATE ON public.association_sectors FOR EACH STATEMENT EXECUTE FUNCTION public.sync_association_facets();

--
-- Name: association_sectors association_sectors_facets_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER association_sectors_facets_update AFTER UPDATE ON public.association_sectors REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.sync_association_facets();

--
-- Name: associations associations_data_version; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_data_version AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.associations FOR EACH STATEMENT EXECUTE FUNCTION public.bump_association_data_version();

--
-- Name: associations associations_grid_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_grid_delete AFTER DELETE ON public.associations REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.association_grid_track();

--
-- Name: associations associations_grid_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_grid_insert AFTER INSERT ON public.associations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.association_grid_track();

--
-- Name: associations associations_grid_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_grid_truncate AFTER TRUNCATE ON public.associations FOR EACH STATEMENT EXECUTE FUNCTION public.association_grid_track();

--
-- Name: associations associations_grid_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_grid_update AFTER UPDATE ON public.associations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.association_grid_track();

--
-- Name: associations associations_locate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_locate BEFORE INSERT OR UPDATE ON public.associations FOR EACH ROW EXECUTE FUNCTION public.locate_in_district('required');

--
-- Name: associations associations_search_words_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_search_words_insert AFTER INSERT ON public.associations REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.remember_search_words();

--
-- Name: associations associations_search_words_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_search_words_update AFTER UPDATE ON public.associations REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.remember_search_words();

--
-- Name: associations associations_stats_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_stats_delete AFTER DELETE ON public.associations REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_associations();

--
-- Name: associations associations_stats_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_stats_insert AFTER INSERT ON public.associations REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_associations();

--
-- Name: associations associations_stats_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_stats_truncate AFTER TRUNCATE ON public.associations FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_associations();

--
-- Name: associations associations_stats_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_stats_update AFTER UPDATE ON public.associations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_associations();

--
-- Name: associations associations_version; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER associations_version BEFORE UPDATE ON public.associations FOR EACH ROW EXECUTE FUNCTION public.bump_version();

--
-- Name: intl_programmes intl_programmes_data_version; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER intl_programmes_data_version AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.intl_programmes FOR EACH STATEMENT EXECUTE FUNCTION public.bump_association_data_version();

--
-- Name: intl_programmes intl_programmes_refresh_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER intl_programmes_refresh_delete AFTER DELETE ON public.intl_programmes REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.refresh_intl_coop();

--
-- Name: intl_programmes intl_programmes_refresh_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER intl_programmes_refresh_insert AFTER INSERT ON public.intl_programmes REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.refresh_intl_coop();

--
-- Name: intl_programmes intl_programmes_refresh_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER intl_programmes_refresh_update AFTER UPDATE ON public.intl_programmes REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION public.refresh_intl_coop();

--
-- Name: intl_programmes intl_programmes_stats_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER intl_programmes_stats_delete AFTER DELETE ON public.intl_programmes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_details();

--
-- Name: intl_programmes intl_programmes_stats_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER intl_programmes_stats_insert AFTER INSERT ON public.intl_programmes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_details();

--
-- Name: intl_programmes intl_programmes_stats_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER intl_programmes_stats_truncate AFTER TRUNCATE ON public.intl_programmes FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_details();

--
-- Name: intl_programmes intl_programmes_stats_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER intl_programmes_stats_update AFTER UPDATE ON public.intl_programmes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.stats_mark_details();

--
-- Name: social_units social_units_locate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER social_units_locate BEFORE INSERT OR UPDATE ON public.social_units FOR EACH ROW EXECUTE FUNCTION public.locate_in_district('optional');

--
-- Name: villages villages_locate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER villages_locate BEFORE INSERT OR UPDATE ON public.villages FOR EACH ROW EXECUTE FUNCTION public.locate_in_district('optional');

--
-- Name: association_links association_links_from_association_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_links
    ADD CONSTRAINT association_links_from_association_id_foreign FOREIGN KEY (from_association_id) REFERENCES public.associations(id) ON DELETE CASCADE;

--
-- Name: association_links association_links_to_association_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_links
    ADD CONSTRAINT association_links_to_association_id_foreign FOREIGN KEY (to_association_id) REFERENCES public.associations(id) ON DELETE CASCADE;

--
-- Name: association_resources association_resources_association_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_resources
    ADD CONSTRAINT association_resources_association_id_foreign FOREIGN KEY (association_id) REFERENCES public.associations(id) ON DELETE CASCADE;

--
-- Name: association_resources association_resources_resource_code_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_resources
    ADD CONSTRAINT association_resources_resource_code_foreign FOREIGN KEY (resource_code) REFERENCES public.resource_types(code) ON UPDATE CASCADE;

--
-- Name: association_sectors association_sectors_association_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_sectors
    ADD CONSTRAINT association_sectors_association_id_foreign FOREIGN KEY (association_id) REFERENCES public.associations(id) ON DELETE CASCADE;

--
-- Name: association_sectors association_sectors_sector_code_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_sectors
    ADD CONSTRAINT association_sectors_sector_code_foreign FOREIGN KEY (sector_code) REFERENCES public.sectors(code) ON UPDATE CASCADE;

--
-- Name: associations associations_district_code_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.associations
    ADD CONSTRAINT associations_district_code_foreign FOREIGN KEY (district_code) REFERENCES public.districts(code) ON UPDATE CASCADE;

--
-- Name: associations associations_governorate_code_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.associations
    ADD CONSTRAINT associations_governorate_code_foreign FOREIGN KEY (governorate_code) REFERENCES public.governorates(code) ON UPDATE CASCADE;

--
-- Name: audit_log audit_log_actor_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_actor_id_foreign FOREIGN KEY (actor_id) REFERENCES public.users(id) ON DELETE SET NULL;

--
-- Name: districts districts_governorate_code_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.districts
    ADD CONSTRAINT districts_governorate_code_foreign FOREIGN KEY (governorate_code) REFERENCES public.governorates(code) ON UPDATE CASCADE;

--
-- Name: import_changes import_changes_import_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_changes
    ADD CONSTRAINT import_changes_import_id_foreign FOREIGN KEY (import_id) REFERENCES public.imports(id) ON DELETE CASCADE;

--
-- Name: import_errors import_errors_import_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_errors
    ADD CONSTRAINT import_errors_import_id_foreign FOREIGN KEY (import_id) REFERENCES public.imports(id) ON DELETE CASCADE;

--
-- Name: import_templates import_templates_created_by_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_templates
    ADD CONSTRAINT import_templates_created_by_foreign FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;

--
-- Name: imports imports_created_by_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.imports
    ADD CONSTRAINT imports_created_by_foreign FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;

--
-- Name: intl_programmes intl_programmes_association_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intl_programmes
    ADD CONSTRAINT intl_programmes_association_id_foreign FOREIGN KEY (association_id) REFERENCES public.associations(id) ON DELETE CASCADE;

--
-- Name: intl_programmes intl_programmes_sector_code_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.intl_programmes
    ADD CONSTRAINT intl_programmes_sector_code_foreign FOREIGN KEY (sector_code) REFERENCES public.sectors(code) ON UPDATE CASCADE;

--
-- Name: sessions sessions_user_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_foreign FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: social_units social_units_district_code_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.social_units
    ADD CONSTRAINT social_units_district_code_foreign FOREIGN KEY (district_code) REFERENCES public.districts(code) ON UPDATE CASCADE;

--
-- Name: social_units social_units_governorate_code_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.social_units
    ADD CONSTRAINT social_units_governorate_code_foreign FOREIGN KEY (governorate_code) REFERENCES public.governorates(code) ON UPDATE CASCADE;

--
-- Name: social_units social_units_village_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.social_units
    ADD CONSTRAINT social_units_village_id_foreign FOREIGN KEY (village_id) REFERENCES public.villages(id) ON DELETE SET NULL;

--
-- Name: success_stories success_stories_association_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.success_stories
    ADD CONSTRAINT success_stories_association_id_foreign FOREIGN KEY (association_id) REFERENCES public.associations(id) ON DELETE CASCADE;

--
-- Name: users users_association_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_association_id_foreign FOREIGN KEY (association_id) REFERENCES public.associations(id) ON DELETE SET NULL;

--
-- Name: villages villages_district_code_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.villages
    ADD CONSTRAINT villages_district_code_foreign FOREIGN KEY (district_code) REFERENCES public.districts(code) ON UPDATE CASCADE;

--
-- Name: villages villages_governorate_code_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.villages
    ADD CONSTRAINT villages_governorate_code_foreign FOREIGN KEY (governorate_code) REFERENCES public.governorates(code) ON UPDATE CASCADE;

--
-- PostgreSQL database dump complete
--
