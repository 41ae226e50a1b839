// The resource types a file's columns may name (code, Arabic and English label), for mapping suggestions and checks.
import type { Db } from '../../db';
import type { VocabularyLabel } from './suggest-mapping';

export async function listResourceTypes(db: Db): Promise<VocabularyLabel[]> {
  return (await db('resource_types').orderBy('sort_order').select('code', 'label_ar as labelAr', 'label_en as labelEn')) as VocabularyLabel[];
}
