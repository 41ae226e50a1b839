// POST /api/imports (dry run), GET /api/imports[/:id], GET /api/imports/:id/report.csv and …/placement.geojson, and
// POST …/commit and …/undo.
import { Router } from 'express';
import { importCommitInput, importForm } from '../../../../contracts/imports';
import { importMaxBytes, type Config } from '../../config';
import type { Db } from '../../db';
import { parseInput, parsePath } from '../../http/validate';
import { jsonBody } from '../../http/json-body';
import { allow } from '../auth/permissions';
import { idParam } from './id-param';
import { collectionOrEmpty } from '../../lib/geojson';
import { importerOf } from './import-actor';
import { ImportSlots } from './import-slots';
import { placementPreview } from './report/import-preview.queries';
import { receiveUpload } from './read/import-upload';
import { withWorkspace } from './read/import-workspace';
import { listImports, listRowErrors } from './imports.queries';
import { commitImport, dryRun, readImport, undoImport } from './imports.service';
import { reportCsv } from './report/report-csv';

export function importRoutes({ db, config }: { db: Db; config: Config }): Router {
  const router = Router();
  const slots = new ImportSlots(config.IMPORT_CONCURRENCY);

  router.post('/api/imports', allow('import'), async (req, res) => {
    const user = importerOf(req.auth.user);
    const maxBytes = importMaxBytes(config);
    const result = await slots.run(user.actor.id ?? 0, () =>
      withWorkspace(async (workspace) => {
        const upload = await receiveUpload(req, res, workspace, maxBytes);
        const form = parseInput(importForm, upload.fields, 'form field');
        return dryRun(db, importerOf(req.auth.user, form.governorate), upload, workspace, form, { maxBytes });
      }),
    );
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
    const geojson =
      found.target === 'associations' && found.status === 'validated'
        ? await placementPreview(db, id)
        : collectionOrEmpty(null);
    res.type('application/geo+json').set('Cache-Control', 'private, no-store').send(geojson);
  });

  router.post('/api/imports/:id/commit', allow('import'), jsonBody, async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    const { skipInvalid } = parseInput(importCommitInput, req.body ?? {}, 'commit');
    const importer = importerOf(req.auth.user);
    res.json(await slots.run(importer.actor.id ?? 0, () => commitImport(db, importer, id, skipInvalid)));
  });

  router.post('/api/imports/:id/undo', allow('import'), async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    const importer = importerOf(req.auth.user);
    res.json(await slots.run(importer.actor.id ?? 0, () => undoImport(db, importer, id)));
  });

  return router;
}
