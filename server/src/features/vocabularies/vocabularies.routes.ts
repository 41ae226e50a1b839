// GET /api/vocabularies: sector and resource codes with Arabic and English labels, in display order.
import { Router } from 'express';
import type { Db } from '../../db';

const VOCABULARIES_JSON = `
  SELECT json_build_object(
    'sectors', (SELECT coalesce(json_agg(json_build_object('code', code, 'nameAr', label_ar, 'nameEn', label_en)
                                          ORDER BY sort_order, code), '[]'::json) FROM sectors),
    'resources', (SELECT coalesce(json_agg(json_build_object('code', code, 'nameAr', label_ar, 'nameEn', label_en)
                                            ORDER BY sort_order, code), '[]'::json) FROM resource_types)
  )::text AS vocabularies`;

export function vocabularyRoutes({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/api/vocabularies', async (_req, res) => {
    const result = await db.raw<{ rows: { vocabularies: string }[] }>(VOCABULARIES_JSON);
    res.type('json').send(result.rows[0]?.vocabularies ?? '{}');
  });
  return router;
}
