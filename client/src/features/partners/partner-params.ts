// Partner-finder state in the address bar, so a search for partners can be shared and reloaded. Who asks:
// `partners=<association id>`, `partnersVillage=<village id>` or `partnersAt=<lon>,<lat>` (one of them). What is
// needed, each prefixed with "p": `pSector`, `pResource` (code or code:minimum), `pMinMembers`, `pIntlCoop`, `pRadius`
// (km). `partnersPick=1` means the next click on the map names the point.

export type PartnerSeeker =
  { kind: 'association'; id: number } | { kind: 'village'; id: number } | { kind: 'point'; lon: number; lat: number };

export interface PartnerNeed {
  sector?: string;
  resource?: string;
  minMembers?: number;
  intlCoop?: boolean;
  radiusKm?: number;
}

export const SEEKER_PARAMS = ['partners', 'partnersVillage', 'partnersAt'] as const;
export const NEED_PARAMS = {
  sector: 'pSector',
  resource: 'pResource',
  minMembers: 'pMinMembers',
  intlCoop: 'pIntlCoop',
  radiusKm: 'pRadius',
} as const;
export const PICK_PARAM = 'partnersPick';

const id = (raw: string | null) => (raw && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined);
const positive = (raw: string | null) => (raw && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : undefined);

export function readSeeker(params: URLSearchParams): PartnerSeeker | undefined {
  const association = id(params.get('partners'));
  if (association !== undefined) return { kind: 'association', id: association };
  const village = id(params.get('partnersVillage'));
  if (village !== undefined) return { kind: 'village', id: village };
  const [lon, lat] = (params.get('partnersAt') ?? '').split(',').map(Number);
  if (
    lon !== undefined &&
    lat !== undefined &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    params.get('partnersAt')
  )
    return { kind: 'point', lon, lat };
  return undefined;
}

export function readNeed(params: URLSearchParams): PartnerNeed {
  const resource = params.get(NEED_PARAMS.resource);
  const intlCoop = params.get(NEED_PARAMS.intlCoop);
  return {
    sector: params.get(NEED_PARAMS.sector) || undefined,
    resource: resource && /^[a-z][a-z0-9_]{1,39}(:\d{1,6})?$/.test(resource) ? resource : undefined,
    minMembers: positive(params.get(NEED_PARAMS.minMembers)),
    intlCoop: intlCoop === 'true' ? true : intlCoop === 'false' ? false : undefined,
    radiusKm: positive(params.get(NEED_PARAMS.radiusKm)),
  };
}

export function writeSeeker(params: URLSearchParams, seeker: PartnerSeeker | undefined): void {
  for (const name of SEEKER_PARAMS) params.delete(name);
  params.delete(PICK_PARAM);
  if (!seeker) for (const name of Object.values(NEED_PARAMS)) params.delete(name);
  else if (seeker.kind === 'association') params.set('partners', String(seeker.id));
  else if (seeker.kind === 'village') params.set('partnersVillage', String(seeker.id));
  else params.set('partnersAt', `${seeker.lon.toFixed(5)},${seeker.lat.toFixed(5)}`);
}

export function writeNeed(params: URLSearchParams, need: PartnerNeed): void {
  for (const [key, name] of Object.entries(NEED_PARAMS) as [keyof PartnerNeed, string][]) {
    const value = need[key];
    if (value === undefined || value === '') params.delete(name);
    else params.set(name, String(value));
  }
}

/** The /api/partners query for a seeker and a need. */
export function partnersQueryString(seeker: PartnerSeeker, need: PartnerNeed): string {
  const params = new URLSearchParams();
  if (seeker.kind === 'point') {
    params.set('lon', String(seeker.lon));
    params.set('lat', String(seeker.lat));
  } else params.set(seeker.kind, String(seeker.id));
  for (const [key, value] of Object.entries(need)) if (value !== undefined) params.set(key, String(value));
  return params.toString().replaceAll('%3A', ':');
}
