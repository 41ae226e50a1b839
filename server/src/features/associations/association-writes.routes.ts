// POST, PATCH and DELETE /api/associations and GET /api/associations/:id/history.
import { Router, type Request } from 'express';
import { associationCreate, associationPatch } from '../../../../contracts/association-input';
import type { Db } from '../../db';
import { HttpProblem, refusedField } from '../../http/http-problem';
import { parseInput, parsePath } from '../../http/validate';
import { jsonBody } from '../../http/json-body';
import { allow, can } from '../auth/permissions';
import { listHistory, type HistoryEntry } from '../audit/audit.queries';
import { createAssociation, deleteAssociation, updateAssociation } from './association-writes.service';
import { associationExists } from './associations.queries';
import { etagOf, idParam } from './association-params';
import { visibleTo } from './association-visibility';

/** The version a writer read: from `If-Match: "3"` (or W/"3"), else from the body. */
function expectedVersion(req: Request, bodyVersion?: number): number | undefined {
  const header = req.get('if-match');
  if (!header) return bodyVersion;
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  if (!match)
    throw new HttpProblem(
      'badRequest',
      'If-Match must be the ETag you read, e.g. "3"',
      [refusedField('If-Match', 'invalid_format', 'malformed', { format: 'etag' })],
      {
        code: 'invalid_header',
      },
    );
  return Number(match[1]);
}

export function associationWriteRoutes({ db }: { db: Db }): Router {
  const router = Router();

  router.post('/api/associations', allow('association:create'), jsonBody, async (req, res) => {
    const input = parseInput(associationCreate, req.body, 'association');
    const created = await createAssociation(db, req.auth.user, input);
    res.status(201).location(`/api/associations/${created.id}`).set('ETag', etagOf(created.version)).json(created);
  });

  router.patch('/api/associations/:id', allow('association:edit'), jsonBody, async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    const patch = parseInput(associationPatch, req.body, 'association');
    const updated = await updateAssociation(db, req.auth.user, id, patch, expectedVersion(req, patch.version));
    res.set('ETag', etagOf(updated.version)).json(updated);
  });

  router.delete('/api/associations/:id', allow('association:delete'), async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    await deleteAssociation(db, req.auth.user, id, expectedVersion(req));
    res.status(204).end();
  });

  router.get('/api/associations/:id/history', async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    const entries = await listHistory(db, 'association', id);
    // Never edited is a normal state (an empty list); only an id no association ever had is not found.
    if (entries.length === 0 && !(await associationExists(db, id)))
      throw new HttpProblem('notFound', `No association has id ${id}`);
    res.json(entries.map((entry) => visibleEntry(req.auth.user, entry)));
  });

  return router;
}

type Snapshot = { id: number; governorate: { code: string }; contacts?: unknown };

/** Who changed it is shown to staff; contacts inside the snapshots only to those who may read them. */
function visibleEntry(user: Request['auth']['user'], entry: HistoryEntry) {
  const governorate = ((entry.after ?? entry.before) as Snapshot | null)?.governorate.code;
  const hide = (snapshot: Record<string, unknown> | null) =>
    snapshot ? visibleTo(user, snapshot as unknown as Snapshot) : null;
  return {
    ...entry,
    actorEmail: can(user, 'audit:read-actors', { governorate }) ? entry.actorEmail : null,
    before: hide(entry.before),
    after: hide(entry.after),
  };
}
