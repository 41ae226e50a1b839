// The service finder's question: the service in the address bar (`service=sector:health`, `service=resource:nursery`),
// so a link can name it; the point asked from, and how far to look, only in memory — a copied link never carries the
// visitor's position, and a reload asks for it again.
import { useSyncExternalStore } from 'react';
import { NEAREST_RADIUS_KM } from '../../../../contracts/nearest';
import { updateUrl, useUrlValue } from '../../lib/url-state';

export type ServiceKind = 'sector' | 'resource';
export interface Service {
  kind: ServiceKind;
  code: string;
}

/** Where the visitor is: their own position (asked on a click) or a village chosen by name. */
export type Origin =
  | { kind: 'me'; lon: number; lat: number }
  | { kind: 'village'; id: number; nameAr: string | null; nameEn: string | null; lon: number; lat: number };

const SERVICE_PARAM = 'service';
const SERVICE_TEXT = /^(sector|resource):([a-z][a-z0-9_]{1,39})$/;

export const serviceText = (service: Service) => `${service.kind}:${service.code}`;

export function parseService(text: string | undefined): Service | undefined {
  const match = SERVICE_TEXT.exec(text ?? '');
  return match ? { kind: match[1] as ServiceKind, code: match[2] as string } : undefined;
}

/** The text, not the object, is the snapshot: the hook re-renders only when the service changes. */
const serviceInUrl = (search: string) => new URLSearchParams(search).get(SERVICE_PARAM) ?? undefined;

/** Whether the page was opened at a link naming a service (the finder's tab opens first then). */
export const serviceInLink = () => parseService(serviceInUrl(window.location.search)) !== undefined;

export function useService(): [Service | undefined, (service: Service | undefined) => void] {
  const service = parseService(useUrlValue(serviceInUrl));
  const set = (next: Service | undefined) =>
    updateUrl(
      (params) => (next ? params.set(SERVICE_PARAM, serviceText(next)) : params.delete(SERVICE_PARAM)),
      'replace',
    );
  return [service, set];
}

/** The point and the radius: one small store outside React, read by the finder's panel and by the map. */
interface Whereabouts {
  origin: Origin | undefined;
  radiusKm: number;
}

let whereabouts: Whereabouts = { origin: undefined, radiusKm: NEAREST_RADIUS_KM };
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function write(next: Partial<Whereabouts>): void {
  whereabouts = { ...whereabouts, ...next };
  for (const listener of listeners) listener();
}

export const useWhereabouts = () => useSyncExternalStore(subscribe, () => whereabouts);

/** A new point starts at the usual radius again. */
export const setOrigin = (origin: Origin | undefined) => write({ origin, radiusKm: NEAREST_RADIUS_KM });
export const setRadius = (radiusKm: number) => write({ radiusKm });
