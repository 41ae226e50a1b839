// SIGTERM to `npm start`'s process lets requests in flight finish — an upload still arriving when the signal comes
// gets its 201 — refuses new connections, leaves no import folder behind, and the process exits 0.
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createUserAccount } from '../../server/src/features/users/users.service';
import { holdUpload } from '../support/fixtures/held-upload';
import { createRegistryDatabase } from '../support/registry-database';

const REPO = path.resolve(__dirname, '../..');
const PASSWORD = 'a long enough password';
let scratch: Awaited<ReturnType<typeof createRegistryDatabase>>;

beforeAll(async () => {
  scratch = await createRegistryDatabase('civic_atlas_shutdown');
  await createUserAccount(scratch.db, {
    email: 'gis@atlas.test',
    password: PASSWORD,
    role: 'gis',
    governorates: ['EG-KN'],
  });
});
afterAll(() => scratch.drop());

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

test('when SIGTERM comes during an upload, then it is answered, the folder removed, the process exits 0', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts/start.ts')], {
    cwd: REPO,
    env: {
      ...process.env,
      DATABASE_URL: scratch.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      SKIP_CLIENT_BUILD: 'true',
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('npm start did not serve within 60 s')), 60_000);
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('is serving on')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'gis@atlas.test', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };

    const upload = holdUpload(base, { cookie, 'x-csrf-token': csrfToken }, 'LATE-1');
    await new Promise((resolve) => setTimeout(resolve, 500)); // the server is receiving it

    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(fetch(`${base}/healthz`)).rejects.toThrow(); // no new connections
    expect((await upload.finish()).status).toBe(201);
    expect(await exited).toBe(0);
    expect((await readdir(tmpdir())).filter((name) => name.startsWith(`civic-atlas-import-${child.pid}-`))).toEqual([]);
  } finally {
    child.kill('SIGKILL');
  }
}, 120_000);
