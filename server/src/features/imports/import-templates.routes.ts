// GET /api/import-templates, PATCH /api/import-templates/:id (rename) and DELETE /api/import-templates/:id: the
// mappings the GIS unit has committed, offered again for files with the same columns.
import { Router } from 'express';
import { importTemplateRename } from '../../../../contracts/imports';
import type { Db } from '../../db';
import { HttpProblem, refusedField } from '../../http/http-problem';
import { parseInput, parsePath } from '../../http/validate';
import { jsonBody } from '../../http/json-body';
import { allow } from '../auth/permissions';
import { idParam } from './id-param';
import {
  deleteTemplate,
  findTemplateById,
  findTemplateByName,
  listTemplates,
  renameTemplate,
} from './map/import-templates.queries';

export function importTemplateRoutes({ db }: { db: Db }): Router {
  const router = Router();

  router.get('/api/import-templates', allow('import'), async (_req, res) => {
    res.json(await listTemplates(db));
  });

  router.patch('/api/import-templates/:id', allow('import'), jsonBody, async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    const { name } = parseInput(importTemplateRename, req.body ?? {}, 'template');
    const holder = await findTemplateByName(db, name);
    if (holder && holder.id !== id)
      throw new HttpProblem(
        'conflict',
        `Another template is already named "${name}"`,
        [refusedField('name', 'already_exists', 'is taken')],
        { code: 'import_template_name_taken' },
      );
    if (!(await renameTemplate(db, id, name))) throw new HttpProblem('notFound', `No import template has id ${id}`);
    res.json(await findTemplateById(db, id));
  });

  router.delete('/api/import-templates/:id', allow('import'), async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    if (!(await deleteTemplate(db, id))) throw new HttpProblem('notFound', `No import template has id ${id}`);
    res.status(204).end();
  });

  return router;
}
