// The visitor's position, asked of the browser only when they click "near me": the point, or why there is none.
import { useState } from 'react';
import { nearestQuery } from '../../../../contracts/nearest';

export type LocateState = 'idle' | 'asking' | 'denied' | 'unavailable' | 'outside';

/** Egypt's box, as the API checks it. */
const inEgypt = (lon: number, lat: number) =>
  nearestQuery.shape.lon.safeParse(String(lon)).success && nearestQuery.shape.lat.safeParse(String(lat)).success;

export function useLocate(onFound: (lon: number, lat: number) => void) {
  const [state, setState] = useState<LocateState>('idle');
  const locate = () => {
    if (!('geolocation' in navigator)) {
      setState('unavailable');
      return;
    }
    setState('asking');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (!inEgypt(coords.longitude, coords.latitude)) {
          setState('outside');
          return;
        }
        setState('idle');
        onFound(coords.longitude, coords.latitude);
      },
      (error) => setState(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { timeout: 15_000, maximumAge: 300_000 },
    );
  };
  return { state, locate, forget: () => setState('idle') };
}
