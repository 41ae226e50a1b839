// User management for admins: GET /api/users, POST /api/users, PATCH /api/users/:id.
import { Router } from 'express';
import { userInput, userUpdate } from '../../../../contracts/auth';
import type { Db } from '../../db';
import { parseInput, parsePath } from '../../http/validate';
import { jsonBody } from '../../http/json-body';
import { allow } from '../auth/permissions';
import { idParam } from '../associations/association-params';
import { listUsers } from './users.queries';
import { changeUserAccount, createUserAccount } from './users.service';

export function userRoutes({ db }: { db: Db }): Router {
  const router = Router();

  router.get('/api/users', allow('users:manage'), async (_req, res) => {
    res.json(await listUsers(db));
  });

  router.post('/api/users', allow('users:manage'), jsonBody, async (req, res) => {
    const created = await createUserAccount(db, parseInput(userInput, req.body, 'user'));
    res.status(201).json(created);
  });

  router.patch('/api/users/:id', allow('users:manage'), jsonBody, async (req, res) => {
    const { id } = parsePath(idParam, req.params);
    res.json(await changeUserAccount(db, id, parseInput(userUpdate, req.body, 'user')));
  });

  return router;
}
