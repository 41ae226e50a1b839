// Builds the Express app from its dependencies (logging, JSON limits, every feature's routes, the client, errors)
// and the request listener that puts the tile handler in front of it.
import compression from 'compression';
import express, { type Express } from 'express';
import type { RequestListener } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pinoHttp } from 'pino-http';
import type { Config } from './config';
import type { Db } from './db';
import type { Logger } from './logger';
import { notFoundHandler, problemHandler } from './http/error-middleware';
import { healthRoutes } from './features/health/health.routes';
import { basemapRoutes } from './features/basemap/basemap.routes';
import { boundaryRoutes } from './features/boundaries/boundaries.routes';
import { associationRoutes } from './features/associations/associations.routes';
import { associationWriteRoutes } from './features/associations/association-writes.routes';
import { statsRoutes } from './features/stats/stats.routes';
import { vocabularyRoutes } from './features/vocabularies/vocabularies.routes';
import { placeRoutes } from './features/places/places.routes';
import { linkRoutes } from './features/links/links.routes';
import { authRoutes } from './features/auth/auth.routes';
import { userRoutes } from './features/users/users.routes';
import { importTemplateRoutes } from './features/imports/import-templates.routes';
import { importRoutes } from './features/imports/imports.routes';
import { createTileHandler } from './features/tiles/tile-handler';
import { ogcRoutes } from './features/ogc/ogc.routes';
import { exportRoutes } from './features/exports/exports.routes';
import { openApiRoutes } from './features/openapi/openapi.routes';
import { searchRoutes } from './features/search/search.routes';
import { partnerRoutes } from './features/partners/partners.routes';
import { nearestRoutes } from './features/nearest/nearest.routes';
import { coverageRoutes } from './features/coverage/coverage.routes';
import { csrfProtection, sessionMiddleware } from './features/auth/auth.middleware';
import { securityHeaders } from './http/security-headers';
import './http/request-context';

export interface AppDeps {
  config: Config;
  db: Db;
  logger: Logger;
  /** Folder of the built client; served at / when it exists. */
  clientDir?: string;
}

export const DEFAULT_CLIENT_DIR = path.resolve(__dirname, '../../client/dist');

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.TRUST_PROXY);
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  // JSON, HTML and CSV compress ten times or more (1,000 associations: 535 KB, 44 KB gzipped in 4 ms); tiles come
  // gzipped from their own handler and never pass here.
  app.use(compression());
  app.use(securityHeaders());
  // JSON bodies are parsed per route (http/json-body.ts), after the route's `allow` has decided who may call it.
  app.use(sessionMiddleware(deps.db));
  app.use(csrfProtection);

  const featureRoutes = [
    healthRoutes,
    authRoutes,
    userRoutes,
    boundaryRoutes,
    basemapRoutes,
    vocabularyRoutes,
    exportRoutes,
    associationRoutes,
    associationWriteRoutes,
    statsRoutes,
    placeRoutes,
    linkRoutes,
    importRoutes,
    importTemplateRoutes,
    searchRoutes,
    partnerRoutes,
    nearestRoutes,
    coverageRoutes,
    ogcRoutes,
    openApiRoutes,
  ];
  for (const routes of featureRoutes) app.use(routes(deps));

  app.use(['/api', '/tiles', '/ogc'], notFoundHandler);
  serveClient(app, deps.clientDir ?? DEFAULT_CLIENT_DIR);
  app.use(notFoundHandler);
  app.use(problemHandler);
  return app;
}

/** What the server listens with: tiles answered on node:http (the hot path), every other request through Express. */
export function createRequestListener(deps: AppDeps): RequestListener {
  const tiles = createTileHandler(deps);
  const app = createApp(deps);
  return (req, res) => {
    if (!tiles(req, res)) app(req, res);
  };
}

/** The built single-page client, with index.html for every other GET so deep links work. */
function serveClient(app: Express, clientDir: string): void {
  const indexHtml = path.join(clientDir, 'index.html');
  if (!existsSync(indexHtml)) return;
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  app.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
