// Sector and resource vocabularies with Arabic and English labels; the registry can grow them.
import type { Knex } from 'knex';

const SECTORS = [
  ['orphans', 'رعاية الأيتام', 'Orphans'],
  ['disability', 'ذوو الإعاقة', 'Disability'],
  ['elderly', 'رعاية المسنين', 'Elderly'],
  ['women', 'المرأة', 'Women'],
  ['childhood', 'الطفولة والأمومة', 'Childhood'],
  ['health', 'الصحة', 'Health'],
  ['education', 'التعليم ومحو الأمية', 'Literacy and education'],
  ['economic_empowerment', 'التمكين الاقتصادي والقروض الصغيرة', 'Economic empowerment and microcredit'],
  ['environment', 'البيئة', 'Environment'],
  ['youth_sports', 'الشباب والرياضة', 'Youth and sports'],
  ['relief_charity', 'الإغاثة والعمل الخيري', 'Relief and charity'],
  ['rural_development', 'التنمية الريفية', 'Rural development'],
] as const;

const RESOURCES = [
  ['headquarters_owned', 'مقر مملوك', 'Headquarters (owned)', 'unit'],
  ['headquarters_rented', 'مقر مؤجر', 'Headquarters (rented)', 'unit'],
  ['hall', 'قاعة', 'Hall', 'unit'],
  ['vehicle', 'سيارة', 'Vehicle', 'unit'],
  ['nursery', 'حضانة', 'Nursery', 'unit'],
  ['dispensary', 'مستوصف', 'Dispensary / clinic', 'unit'],
  ['vocational_workshop', 'ورشة تدريب مهني', 'Vocational workshop', 'unit'],
  ['classroom', 'فصل دراسي', 'Classroom', 'unit'],
  ['computer', 'حاسب آلي', 'Computer', 'unit'],
  ['library', 'مكتبة', 'Library', 'unit'],
  ['playground', 'ملعب', 'Playground', 'unit'],
] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sectors', (table) => {
    table.text('code').primary();
    table.text('label_ar').notNullable();
    table.text('label_en').notNullable();
    table.smallint('sort_order').notNullable().defaultTo(0);
  });
  await knex.schema.createTable('resource_types', (table) => {
    table.text('code').primary();
    table.text('label_ar').notNullable();
    table.text('label_en').notNullable();
    table.text('unit').notNullable().defaultTo('unit');
    table.smallint('sort_order').notNullable().defaultTo(0);
  });
  await knex('sectors').insert(
    SECTORS.map(([code, labelAr, labelEn], index) => ({
      code,
      label_ar: labelAr,
      label_en: labelEn,
      sort_order: index,
    })),
  );
  await knex('resource_types').insert(
    RESOURCES.map(([code, labelAr, labelEn, unit], index) => ({
      code,
      label_ar: labelAr,
      label_en: labelEn,
      unit,
      sort_order: index,
    })),
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('resource_types');
  await knex.schema.dropTable('sectors');
}
