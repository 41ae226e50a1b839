// Given / when / then steps for staff in the browser: an app on a database of its own (tests write), accounts,
// signing in.
import type { Role } from '../../contracts/auth';
import { loadConfig } from '../../server/src/config';
import { createDb } from '../../server/src/db';
import { createUserAccount } from '../../server/src/features/users/users.service';
import { createLogger } from '../../server/src/logger';
import { startServer } from '../../server/src/server';
import { launchBrowser, type AtlasPage } from '../support/browser';
import { createRegistryDatabase } from '../support/registry-database';
import { SessionClient } from '../support/session-client';
import { givenAtlas, type AtlasSession } from './atlas-driver';

export const PASSWORD = 'a long enough password';
export const ACCOUNTS: Record<string, { role: Role; governorates: string[]; name: string }> = {
  'gis@atlas.test': { role: 'gis', governorates: ['EG-KN'], name: 'وحدة قنا' },
  'admin@atlas.test': { role: 'admin', governorates: [], name: 'Admin' },
};

/** Like useAtlasSession, but on a registry database of the file's own with the staff accounts above. */
export function useStaffSession(prefix: string): AtlasSession {
  const session = { pages: [] } as unknown as AtlasSession;
  let drop = async () => {};
  beforeAll(async () => {
    const scratch = await createRegistryDatabase(prefix);
    for (const [email, account] of Object.entries(ACCOUNTS))
      await createUserAccount(scratch.db, { email, password: PASSWORD, ...account });
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: scratch.url });
    const db = createDb(scratch.url, 4);
    const running = await startServer({ config, db, logger: createLogger('silent') }, 0, '127.0.0.1');
    session.app = { baseUrl: running.url, db, stop: running.stop };
    session.browser = await launchBrowser();
    drop = scratch.drop;
  }, 120_000);
  afterEach(async () => {
    const pages = session.pages.splice(0);
    await Promise.all(pages.map((page) => page.close()));
    for (const page of pages) page.assertClean();
  });
  afterAll(async () => {
    const { browser, app } = session as Partial<AtlasSession>; // unset when beforeAll failed before them
    await browser?.close();
    await app?.stop();
    await drop();
  });
  return session;
}

/** Given the atlas at `pathAndQuery`, signed in through the header's dialog as `email`. */
export async function givenSignedIn(session: AtlasSession, email: string, pathAndQuery = '/'): Promise<AtlasPage> {
  const atlas = await givenAtlas(session, pathAndQuery);
  await signIn(atlas, email);
  return atlas;
}

/** Signs in through the header's dialog as `email`, on a page already open. */
export async function signIn(atlas: AtlasPage, email: string): Promise<void> {
  await atlas.page.click('[data-testid=auth-open]');
  await atlas.page.fill('[data-testid=auth-email]', email);
  await atlas.page.fill('[data-testid=auth-password]', PASSWORD);
  await atlas.page.click('[data-testid=auth-submit]');
  await atlas.page.waitForSelector('[data-testid=auth-user]');
}

/** An API client signed in as `email`, to change things behind the browser's back. */
export async function apiAs(session: AtlasSession, email: string): Promise<SessionClient> {
  const client = new SessionClient(session.app.baseUrl);
  await client.signIn(email, PASSWORD);
  return client;
}

/** The first association in Qena, narrowed by more filters when given (`intlCoop=false`). */
export async function qenaAssociation(session: AtlasSession, filters = ''): Promise<{ id: number; members: number }> {
  const response = await fetch(
    `${session.app.baseUrl}/api/associations?governorate=EG-KN&limit=1${filters && `&${filters}`}`,
  );
  const body = (await response.json()) as { features: { id: number; properties: { members: number } }[] };
  const feature = body.features[0];
  if (!feature) throw new Error('the demo registry has no association in Qena');
  return { id: feature.id, members: feature.properties.members };
}

export const arabicNumber = (value: number) => new Intl.NumberFormat('ar-EG').format(value);

/**
 * Chromium logs every 4xx answer as a console error; a test that provokes one on purpose forgives exactly that
 * status.
 */
export function forgiveFailedRequests(atlas: AtlasPage, status: number): void {
  const errors = atlas.report.consoleErrors;
  const kept = errors.filter((message) => !message.includes(`status of ${status}`));
  errors.splice(0, errors.length, ...kept);
}
