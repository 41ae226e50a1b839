// GET /api/openapi.json (the OpenAPI 3.1 document, built once) and GET /api/docs (the same, as a page to read).
import { Router } from 'express';
import { docsHtml } from './openapi-html';
import { buildOpenApiDocument } from './openapi-document';

const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.1';

export function openApiRoutes(): Router {
  const document = buildOpenApiDocument();
  const text = JSON.stringify(document);
  const page = docsHtml(document);
  const router = Router();
  router.get('/api/openapi.json', (req, res) => {
    // The OpenAPI media type only for clients that ask for it by name; plain JSON for the rest (GDAL among them).
    const type = req.get('accept')?.includes(OPENAPI_TYPE) ? OPENAPI_TYPE : 'application/json';
    res.set('Access-Control-Allow-Origin', '*').vary('Accept').type(type).send(text);
  });
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(page);
  });
  return router;
}
