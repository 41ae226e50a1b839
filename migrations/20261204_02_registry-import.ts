// The directorate's registry import: how precisely an association is placed, the words clerks write for the
// vocabularies (kept here so the GIS unit can grow them), the keys names are matched by, mapping templates,
// and what an import found (value matches, placement counts).
import type { Knex } from 'knex';

/**
 * Words for each list beyond the sector and resource labels, as clerks write them: `label` marks the list's own
 * labels (kind, status and yes/no have no table of their own), the rest are synonyms. Stored as typed; matched
 * through vocabulary_key, so hamza, ta marbuta, alef maqsura, diacritics and the article need no second spelling.
 */
const WORDS: Record<string, Record<string, readonly string[]>> = {
  kind: {
    civil: ['label:civil', 'label:أهلية', 'جمعية أهلية', 'أهلي', 'مؤسسة أهلية', 'قاعدية'],
    central: ['label:central', 'label:مركزية', 'جمعية مركزية', 'مركزي'],
  },
  status: {
    active: ['label:active', 'label:نشطة', 'نشط', 'قائمة', 'عاملة', 'فعالة'],
    suspended: ['label:suspended', 'label:موقوفة', 'متوقفة', 'موقوف', 'مجمدة'],
    dissolved: ['label:dissolved', 'label:منحلة', 'محلولة', 'حل', 'ملغاة'],
  },
  yes_no: {
    yes: ['label:yes', 'label:نعم', 'y', 'true', 't', '1', '✓', '✔', 'x', 'يوجد', 'موجود', 'ايوه', 'أيوة', 'متعاونة'],
    no: ['label:no', 'label:لا', 'n', 'false', 'f', '0', '✗', '✘', 'لا يوجد', 'غير موجود', 'لايوجد', 'غير متعاونة'],
  },
  sector: {
    orphans: ['أيتام', 'يتامى', 'كفالة أيتام', 'رعاية يتيم', 'كفالة اليتيم'],
    disability: ['إعاقة', 'معاقين', 'معاقون', 'ذوي الاحتياجات الخاصة', 'احتياجات خاصة', 'ذوي الهمم', 'تأهيل المعاقين'],
    elderly: ['مسنين', 'مسنون', 'كبار السن', 'دار مسنين'],
    women: ['مرأة', 'سيدات', 'نساء', 'المرأة المعيلة', 'تنمية المرأة'],
    childhood: ['طفولة', 'أمومة وطفولة', 'أطفال', 'طفل', 'رعاية الطفولة'],
    health: ['صحة', 'صحي', 'رعاية صحية', 'طبي', 'علاج', 'خدمات صحية'],
    education: ['محو أمية', 'تعليم', 'تعليمي', 'فصول محو الأمية', 'محو الأمية وتعليم الكبار', 'دروس تقوية'],
    economic_empowerment: ['قروض', 'قروض صغيرة', 'تمكين اقتصادي', 'مشروعات صغيرة', 'مشروعات متناهية الصغر', 'إقراض'],
    environment: ['بيئة', 'نظافة', 'تشجير'],
    youth_sports: ['شباب', 'رياضة', 'أنشطة شبابية'],
    relief_charity: ['خيري', 'خيرية', 'خدمات خيرية', 'إغاثة', 'مساعدات', 'بر', 'زكاة', 'مساعدات اجتماعية'],
    rural_development: ['تنمية', 'تنمية ريفية', 'تنمية مجتمع', 'تنمية المجتمع المحلي', 'تنمية محلية'],
  },
  resource: {
    headquarters_owned: ['مقر ملك', 'مقر تمليك', 'مقر', 'مبنى مملوك'],
    headquarters_rented: ['مقر إيجار', 'مقر بالإيجار', 'مبنى مؤجر'],
    hall: ['قاعة اجتماعات', 'قاعة مناسبات', 'صالة'],
    vehicle: ['سيارات', 'عربية', 'ميكروباص', 'سيارة إسعاف'],
    nursery: ['دار حضانة', 'حضانات'],
    dispensary: ['عيادة', 'مستوصف طبي', 'عيادات', 'وحدة علاجية'],
    vocational_workshop: ['ورشة', 'ورش', 'مشغل', 'مشغل خياطة', 'تدريب مهني'],
    classroom: ['فصول', 'فصل', 'فصل محو أمية'],
    computer: ['كمبيوتر', 'أجهزة كمبيوتر', 'حاسب', 'حاسبات'],
    library: ['مكتبه عامة', 'مكتبة عامة'],
    playground: ['ملاعب', 'ساحة'],
  },
};

/** normalize_ar without the article at the start of a word: "الصحة" and "صحه" share the key "صحه". */
const VOCABULARY_KEY = `
CREATE FUNCTION vocabulary_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(' ' || normalize_ar(input), ' (ال|وال)', ' ', 'g'))
$$`;

/**
 * A place name's key: vocabulary_key without the words clerks put before a name ("مركز دشنا", "قرية الزوائدة",
 * "محافظة قنا") and without "ال" — so "مركز قنا", "قنا" and "القنا" meet.
 */
const PLACE_KEY = `
CREATE FUNCTION place_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(vocabulary_key(input), '^(محافظه|مركز|قسم|بندر|مدينه|قريه|ناحيه|حي) ', ''))
$$`;

/** yes/no as clerks write it (نعم، لا، ✓، 1/0…), through the yes_no words; NULL when it is neither. */
const IMPORT_YES_NO = `
CREATE FUNCTION import_yes_no(input text) RETURNS boolean
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE min(code) WHEN 'yes' THEN true WHEN 'no' THEN false END
    FROM vocabulary_words WHERE list = 'yes_no' AND vocabulary_key(word) = vocabulary_key(input)
$$`;

/**
 * An Egyptian phone number as it is dialled at home: digits only (Arabic-Indic read as Latin), +20 / 0020 turned
 * into the leading 0, spaces, dashes, dots and brackets dropped. Text that is no phone number comes back as
 * typed, so validation can quote it.
 */
const IMPORT_PHONE = `
CREATE FUNCTION import_phone(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN digits ~ '^(\\+20|0020|20)[1-9][0-9]{7,9}$' THEN regexp_replace(digits, '^(\\+20|0020|20)', '0')
              WHEN digits ~ '^0[1-9][0-9]{7,9}$' THEN digits
              WHEN digits ~ '^1[0125][0-9]{8}$' THEN '0' || digits
              ELSE btrim(input) END
    FROM (SELECT regexp_replace(translate(btrim(input), '٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '01234567890123456789'),
                                '[\\s().-]', '', 'g') AS digits) AS d
$$`;

/**
 * import_date, and a date written as an Excel serial (days since 1899-12-30: a date cell saved as a number), when
 * the number is a plausible day (10000 = 1927-05-18 to 80000 = 2119-01-10) — a lone year such as 2015 is not one.
 */
const IMPORT_DATE_WITH_SERIALS = `
CREATE OR REPLACE FUNCTION import_date(input text) RETURNS date
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
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
$$`;

/** Every term a list's value can be matched to: the sector and resource labels, and the words above. */
const VOCABULARY_TERMS = `
CREATE VIEW vocabulary_terms AS
  SELECT 'sector'::text AS list, code, term, true AS is_label
    FROM sectors, unnest(ARRAY[code, label_ar, label_en]) AS term
  UNION ALL
  SELECT 'resource', code, term, true FROM resource_types, unnest(ARRAY[code, label_ar, label_en]) AS term
  UNION ALL
  SELECT list, code, word, is_label FROM vocabulary_words`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE associations ADD COLUMN location_precision text NOT NULL DEFAULT 'exact'
                    CHECK (location_precision IN ('exact', 'village', 'district'))`);
  await knex.raw(VOCABULARY_KEY);
  await knex.raw(PLACE_KEY);
  await knex.raw('CREATE INDEX villages_place_key ON villages (place_key(name_ar))');

  await knex.schema.createTable('vocabulary_words', (table) => {
    table.text('list').notNullable().checkIn(['kind', 'status', 'yes_no', 'sector', 'resource']);
    table.text('word').notNullable();
    table.text('code').notNullable();
    table.boolean('is_label').notNullable().defaultTo(false);
    table.primary(['list', 'word']);
  });
  const rows = Object.entries(WORDS).flatMap(([list, codes]) =>
    Object.entries(codes).flatMap(([code, words]) =>
      words.map((word) => {
        const isLabel = word.startsWith('label:');
        return { list, code, word: isLabel ? word.slice('label:'.length) : word, is_label: isLabel };
      }),
    ),
  );
  await knex('vocabulary_words').insert(rows);
  await knex.raw(VOCABULARY_TERMS);
  await knex.raw(IMPORT_YES_NO);
  await knex.raw(IMPORT_PHONE);
  await knex.raw(IMPORT_DATE_WITH_SERIALS);

  await knex.schema.createTable('import_templates', (table) => {
    table.increments('id');
    table.text('name').notNullable().unique();
    table.text('target').notNullable();
    // The file's column names, sorted: a later file with the same columns is offered this template.
    table.specificType('fields', 'text[]').notNullable();
    table.jsonb('mapping').notNullable();
    table.jsonb('defaults').notNullable().defaultTo('{}');
    table.jsonb('values').notNullable().defaultTo('{}');
    table.integer('created_by').references('users.id').onDelete('SET NULL');
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.index(['target', 'fields']);
  });
  await knex.raw(
    "ALTER TABLE import_templates ADD CONSTRAINT import_templates_name_not_blank CHECK (btrim(name) <> '')",
  );

  await knex.schema.alterTable('imports', (table) => {
    table.jsonb('value_matches').notNullable().defaultTo('{}');
    table.jsonb('placement').notNullable().defaultTo('{}');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('imports', (table) => {
    table.dropColumn('placement');
    table.dropColumn('value_matches');
  });
  await knex.schema.dropTable('import_templates');
  await knex.raw('DROP FUNCTION import_phone(text)');
  await knex.raw('DROP FUNCTION import_yes_no(text)');
  await knex.raw('DROP VIEW vocabulary_terms');
  await knex.schema.dropTable('vocabulary_words');
  await knex.raw('DROP INDEX villages_place_key');
  await knex.raw('DROP FUNCTION place_key(text)');
  await knex.raw('DROP FUNCTION vocabulary_key(text)');
  await knex.raw('ALTER TABLE associations DROP COLUMN location_precision');
}
