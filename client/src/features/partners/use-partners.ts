// The partner finder as the app sees it: who asks and what for (from the address bar), the ranked reply, and setters.
import { useQuery } from '@tanstack/react-query';
import { partnersReply } from '../../../../contracts/partners';
import { getJson } from '../../api/http';
import { SHOWN_IN_PLACE } from '../../api/query-client';
import { updateUrl, useUrlValue } from '../../lib/url-state';
import {
  NEED_PARAMS,
  PICK_PARAM,
  SEEKER_PARAMS,
  partnersQueryString,
  readNeed,
  readSeeker,
  writeNeed,
  writeSeeker,
  type PartnerNeed,
  type PartnerSeeker,
} from './partner-params';

const PARTNER_PARAMS = [...SEEKER_PARAMS, ...Object.values(NEED_PARAMS), PICK_PARAM];

/** Only the partner parameters, so that a map move does not re-render the panel. */
const partnerSearch = (search: string) => {
  const all = new URLSearchParams(search);
  const own = new URLSearchParams();
  for (const name of PARTNER_PARAMS) {
    const value = all.get(name);
    if (value !== null) own.set(name, value);
  }
  return own.toString();
};

export function usePartnerState() {
  const search = useUrlValue(partnerSearch);
  const params = new URLSearchParams(search);
  const seeker = readSeeker(params);
  const need = readNeed(params);
  return {
    seeker,
    need,
    picking: params.get(PICK_PARAM) === '1',
    close: () => updateUrl((url) => writeSeeker(url, undefined)),
    setNeed: (next: PartnerNeed) => updateUrl((url) => writeNeed(url, next), 'replace'),
    pick: (on: boolean) => updateUrl((url) => (on ? url.set(PICK_PARAM, '1') : url.delete(PICK_PARAM))),
  };
}

/** Opens the finder for a seeker, keeping any need already in the address bar. */
export const openPartners = (seeker: PartnerSeeker) => updateUrl((url) => writeSeeker(url, seeker));

/** The ranked partners for the seeker and need in the address bar; idle when there is no seeker. */
export function usePartners() {
  const { seeker, need } = usePartnerState();
  const query = seeker ? partnersQueryString(seeker, need) : '';
  return useQuery({
    queryKey: ['partners', query],
    queryFn: ({ signal }) => getJson(`/api/partners?${query}`, signal, partnersReply),
    enabled: seeker !== undefined,
    staleTime: 60_000,
    ...SHOWN_IN_PLACE,
  });
}
