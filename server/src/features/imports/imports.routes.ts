// POST /api/imports (dry run), GET /api/imports[/:id], GET /api/imports/:id/report.csv and …/placement.geojson, and
// POST …/commit and …/undo.
import { Router } from 'express';
import { z } from 'zod';
import { importCommitInput, importForm } from '../../../../contracts/imports';
import type { Config } from '../../config';
import type { Db } from '../../db';
import { parseInput, parsePath } from '../../http/validate';
import { jsonBody } from '../../http/json-body';
import { allow } from '../auth/permissions';
import { importerOf } from './import-actor';
import { EMPTY_PREVIEW, placementPreview } from './report/import-preview.queries';
import { receiveUpload } from './read/import-upload';
import { withWorkspace } from './read/import-workspace';
import { listImports, listRowErrors } from './imports.queries';
import { commitImport, dryRun, readImport, undoImport } from './imports.service';
import { reportCsv } from './report/report-csv';

const idParam = z.strictObject({ id: z.coerce.number().int().positive().max(2 ** 31 - 1) });

export function importRoutes({ db, config }: { db: Db; config: Config }): Router {
  const router = Router();

  router.post('/api/imports', allow('import'), async (req, res) => {
    const result = await withWorkspace(async (workspace) => {
      const upload = await receiveUpload(req, res, workspace, config.IMPORT_MAX_BYTES);
      const form = parseInput(importForm, upload.fields, 'form field');
      return dryRun(db, importerOf(req.auth.user, form.governorate), upload, workspace, form, { maxBytes: config.IMPORT_MAX_BYTES });
    });
    res.status(201).location(`/api/imports/${result.id}`).json(result);
  });

  router.get('/api/imports', allow('import'), async (req, res) => {
    res.json(await listImports(db, importerOf(req.auth.user).viewer));
  });

  router.get('/api/imports/:id', allow('import'), async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    res.json(await readImport(db, importerOf(req.auth.user), id));
  });

  router.get('/api/imports/:id/report.csv', allow('import'), async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    await readImport(db, importerOf(req.auth.user), id); // 404 unless the importer may see it
    res
      .type('text/csv; charset=utf-8')
      .attachment(`import-${id}-report.csv`)
      .send(reportCsv(await listRowErrors(db, id)));
  });

  router.get('/api/imports/:id/placement.geojson', allow('import'), async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    const found = await readImport(db, importerOf(req.auth.user), id); // 404 unless the importer may see it
    const geojson = found.target === 'associations' && found.status === 'validated' ? await placementPreview(db, id) : EMPTY_PREVIEW;
    res.type('application/geo+json').set('Cache-Control', 'private, no-store').send(geojson);
  });

  router.post('/api/imports/:id/commit', allow('import'), jsonBody, async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    const { skipInvalid } = parseInput(importCommitInput, req.body ?? {}, 'commit');
    res.json(await commitImport(db, importerOf(req.auth.user), id, skipInvalid));
  });

  router.post('/api/imports/:id/undo', allow('import'), async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    res.json(await undoImport(db, importerOf(req.auth.user), id));
  });

  return router;
}
