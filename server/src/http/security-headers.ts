// helmet's headers with a content security policy MapLibre works under (web workers and blobs), nothing else.
import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** `extraOrigin` is the optional external basemap's origin, allowed for fetches and images only. */
export function securityHeaders(extraOrigin?: string): RequestHandler {
  const external = extraOrigin ? [extraOrigin] : [];
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        childSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'", ...external],
        imgSrc: ["'self'", 'data:', 'blob:', ...external],
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'"],
      },
    },
    // Same-origin only: the app loads nothing from elsewhere by default.
    crossOriginEmbedderPolicy: false,
  });
}
