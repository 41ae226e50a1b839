// What is being edited (an association, or a new one) and where its point is: shared by the form and the map marker.
import { useSyncExternalStore } from 'react';
import type { AssociationProfile } from '../../../../contracts/association';

export type LonLat = [number, number];

export interface EditSession {
  /** The profile as the editor read it; undefined for a new association. */
  profile?: AssociationProfile;
  point: LonLat | null;
}

let current: EditSession | null = null;
const listeners = new Set<() => void>();

function publish(next: EditSession | null) {
  current = next;
  for (const listener of listeners) listener();
}

export const startEditing = (profile: AssociationProfile) => publish({ profile, point: profile.location.coordinates });
export const startCreating = () => publish({ point: null });
export const stopEditing = () => publish(null);
export const movePoint = (point: LonLat) => current && publish({ ...current, point });

export const useEditSession = () =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
