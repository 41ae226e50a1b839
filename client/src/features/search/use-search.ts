// Suggestions for the text typed so far: asked for a short pause after the last key, within a scope (governorates,
// and the kinds of suggestion wanted).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { searchReply, type SuggestionType } from '../../../../contracts/search';
import { getJson } from '../../api/http';

const PAUSE_MS = 200;

/** Where to look: no governorate means all of them; no types means associations and villages. */
export interface SearchScope {
  governorates: string[];
  types?: SuggestionType[];
}

export function useSearch(text: string, { governorates, types }: SearchScope) {
  const [settled, setSettled] = useState(text.trim());
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text.trim()), PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const params = new URLSearchParams({ q: settled, limit: '8' });
  if (governorates.length) params.set('governorate', governorates.join(','));
  if (types?.length) params.set('type', types.join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return useQuery({
    queryKey: ['search', query],
    queryFn: ({ signal }) => getJson(`/api/search?${query}`, signal, searchReply),
    enabled: settled.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
