// Puts each association a little off its village point (at most ~300 m), never outside the village's district.
import type { Knex } from 'knex';
import type { DemoAssociation } from './generate-associations';
import { insideOwnDistrict, type Candidate } from './places';
import type { Rng } from './random';

const MAX_OFFSET_M = 300;
const ATTEMPTS = 3;
const METRES_PER_DEGREE = 111_320;

/** Tries a random offset a few times; whatever is still outside its district stays on the village point. */
export async function placeAssociations(
  db: Knex | Knex.Transaction,
  rng: Rng,
  associations: DemoAssociation[],
): Promise<void> {
  let pending = associations;
  for (let attempt = 0; attempt < ATTEMPTS && pending.length > 0; attempt += 1) {
    const candidates = pending.map((a) => offsetCandidate(rng, a));
    const inside = await insideOwnDistrict(db, candidates);
    const stillPending: DemoAssociation[] = [];
    pending.forEach((association, i) => {
      const candidate = candidates[i];
      if (candidate && inside[i]) {
        association.lon = candidate.lon;
        association.lat = candidate.lat;
      } else {
        stillPending.push(association);
      }
    });
    pending = stillPending;
  }
  for (const association of pending) {
    association.lon = association.village.lon;
    association.lat = association.village.lat;
  }
}

function offsetCandidate(rng: Rng, association: DemoAssociation): Candidate {
  const { lon, lat, districtCode } = association.village;
  // Uniform over the disc: the square root keeps points from crowding the centre.
  const distance = MAX_OFFSET_M * Math.sqrt(rng.next());
  const bearing = 2 * Math.PI * rng.next();
  const dLat = (distance * Math.cos(bearing)) / METRES_PER_DEGREE;
  const dLon = (distance * Math.sin(bearing)) / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  return { lon: round6(lon + dLon), lat: round6(lat + dLat), districtCode };
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;
