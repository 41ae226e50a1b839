// Suggestions for the text typed so far: asked for a short pause after the last key, within the chosen governorates.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { searchReply } from '../../../../contracts/search';
import { getJson } from '../../api/http';

const PAUSE_MS = 200;

export function useSearch(text: string, governorates: string[]) {
  const [settled, setSettled] = useState(text.trim());
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(text.trim()), PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const params = new URLSearchParams({ q: settled, limit: '8' });
  if (governorates.length) params.set('governorate', governorates.join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return useQuery({
    queryKey: ['search', query],
    queryFn: ({ signal }) => getJson(`/api/search?${query}`, signal, searchReply),
    enabled: settled.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
