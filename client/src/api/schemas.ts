// Reply shapes the client needs beyond contracts/: boundaries with geometry, vocabularies, per-10,000 rates.
import type { Geometry } from 'geojson';
import { z } from 'zod';
import { boundary, districtSummary } from '../../../contracts/association';

export type BoundaryWithGeometry = z.infer<typeof boundary> & { geometry: Geometry; governorate?: string };
export type DistrictWithGeometry = z.infer<typeof districtSummary> & { geometry: Geometry };

const vocabularyItem = z.object({ code: z.string(), nameAr: z.string(), nameEn: z.string() });
export type VocabularyItem = z.infer<typeof vocabularyItem>;

export const vocabularies = z.object({ sectors: z.array(vocabularyItem), resources: z.array(vocabularyItem) });
export type Vocabularies = z.infer<typeof vocabularies>;
