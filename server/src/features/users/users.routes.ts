// User management for admins: GET /api/users, POST /api/users, PATCH /api/users/:id.
import { Router } from 'express';
import { userInput, userUpdate } from '../../../../contracts/auth';
import type { Db } from '../../db';
import { parseInput } from '../../http/validate';
import { requirePermission } from '../auth/permissions';
import { idParam } from '../associations/association-params';
import { listUsers } from './users.queries';
import { changeUserAccount, createUserAccount } from './users.service';

export function userRoutes({ db }: { db: Db }): Router {
  const router = Router();

  router.get('/api/users', async (req, res) => {
    requirePermission(req.auth.user, 'users:manage');
    res.json(await listUsers(db));
  });

  router.post('/api/users', async (req, res) => {
    requirePermission(req.auth.user, 'users:manage');
    const created = await createUserAccount(db, parseInput(userInput, req.body, 'user'));
    res.status(201).json(created);
  });

  router.patch('/api/users/:id', async (req, res) => {
    requirePermission(req.auth.user, 'users:manage');
    const { id } = parseInput(idParam, req.params, 'path parameter');
    res.json(await changeUserAccount(db, id, parseInput(userUpdate, req.body, 'user')));
  });

  return router;
}
