// The partner finder on the map: a line from the seeker to each suggestion, the suggestions ringed with their score.
import type { PartnersReply } from '../../../contracts/partners';
import { spokeFeatures, spokeLayers, type SpokeFeatures } from './spoke-layers';

export const PARTNERS_SOURCE = 'partners';

export const PARTNER_LAYERS = spokeLayers(PARTNERS_SOURCE, '#be185d');

/** Each suggestion's line as strong as its score, which is written on it. */
export const partnerFeatures = (reply: PartnersReply): SpokeFeatures =>
  spokeFeatures(
    reply.seeker.location.coordinates,
    reply.results.map((result) => ({
      id: result.association.id,
      at: result.association.location.coordinates,
      label: result.score,
      weight: result.score,
    })),
  );
