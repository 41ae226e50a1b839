// TanStack Query hooks, one per endpoint the client reads; filtered ones are keyed by the canonical filter string.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { DEFAULT_LIMIT } from '../../../contracts/association-filters';
import { associationProfile, type AssociationCollection } from '../../../contracts/association';
import { basemapSetting } from '../../../contracts/basemap';
import { getJson, withQuery } from './http';
import { SHOWN_IN_PLACE } from './query-client';
import { stats } from '../../../contracts/association';
import { vocabularies, type BoundaryWithGeometry, type DistrictWithGeometry } from './schemas';

const list = (values: string[]) => encodeURIComponent(values.join(','));
const STATIC = { staleTime: Infinity } as const;
const FILTERED = { placeholderData: keepPreviousData, staleTime: 60_000 } as const;

export const useBasemapSetting = () =>
  useQuery({
    queryKey: ['basemap'],
    queryFn: ({ signal }) => getJson('/api/basemap', signal, basemapSetting),
    ...STATIC,
  });

export const useGovernorates = () =>
  useQuery({
    queryKey: ['governorates'],
    queryFn: ({ signal }) => getJson<BoundaryWithGeometry[]>('/api/governorates?geometry=true', signal),
    ...STATIC,
  });

export const useDistricts = (governorates: string[]) =>
  useQuery({
    queryKey: ['districts', governorates],
    queryFn: ({ signal }) =>
      getJson<DistrictWithGeometry[]>(`/api/districts?geometry=true&governorate=${list(governorates)}`, signal),
    ...STATIC,
  });

export type PlaceProperties = { nameAr: string; nameEn: string; governorate: string; district: string | null };
export type SocialUnitCollection = FeatureCollection<Point, PlaceProperties & { status: 'in_use' | 'unused' }>;
export type LinkCollection = FeatureCollection<LineString, { kind: string; fromId: number; toId: number }>;

/** Map layers that are only fetched once switched on (`enabled`). */
export const useSocialUnits = (governorates: string[], enabled: boolean) =>
  useQuery({
    queryKey: ['social-units', governorates],
    queryFn: ({ signal }) =>
      getJson<SocialUnitCollection>(`/api/social-units?governorate=${list(governorates)}`, signal),
    enabled,
    ...STATIC,
  });

export const useVocabularies = () =>
  useQuery({
    queryKey: ['vocabularies'],
    queryFn: ({ signal }) => getJson('/api/vocabularies', signal, vocabularies),
    ...STATIC,
  });

/**
 * The first page of matching associations and their count, for the list and the counts bar. The map draws from
 * /tiles instead, so no more is fetched: at a million associations the API's maximum of 10,000 was 5.4 MB for Qena.
 */
export const useAssociations = (filterQuery: string) =>
  useQuery({
    queryKey: ['associations', filterQuery],
    queryFn: ({ signal }) =>
      getJson<AssociationCollection>(withQuery('/api/associations', `${filterQuery}&limit=${DEFAULT_LIMIT}`), signal),
    ...FILTERED,
  });

export const useStats = (filterQuery: string) =>
  useQuery({
    queryKey: ['stats', filterQuery],
    queryFn: ({ signal }) => getJson(withQuery('/api/stats', filterQuery), signal, stats),
    ...FILTERED,
  });

export const useLinks = (filterQuery: string, enabled: boolean) =>
  useQuery({
    queryKey: ['links', filterQuery],
    queryFn: ({ signal }) => getJson<LinkCollection>(withQuery('/api/links', filterQuery), signal),
    enabled,
    ...FILTERED,
  });

export const useProfile = (id: number | undefined) =>
  useQuery({
    queryKey: ['profile', id],
    queryFn: ({ signal }) => getJson(`/api/associations/${id}`, signal, associationProfile),
    enabled: id !== undefined,
    staleTime: 60_000,
    ...SHOWN_IN_PLACE,
  });
