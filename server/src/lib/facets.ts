// How a facet is spelt (associations.facets, kept by triggers from sector and resource rows): `sector:<code>`,
// `resource:<code>`; the facets a need asks for, and the codes of one kind read back from a facets array.

type FacetKind = 'sector' | 'resource';

export const facet = (kind: FacetKind, code: string) => `${kind}:${code}`;

/** What every facet of a kind starts with (`sector:`), for reading facets of one kind in SQL and here. */
export const prefixOf = (kind: FacetKind) => facet(kind, '');

/** The facets an association must carry to offer a sector and a resource. */
export function facetsOf(need: { sector?: string; resource?: { code: string } }): string[] {
  return [
    ...(need.sector ? [facet('sector', need.sector)] : []),
    ...(need.resource ? [facet('resource', need.resource.code)] : []),
  ];
}

/** The codes of one kind held in a facets array read from the database, sorted. */
export const codesOf = (facets: readonly string[], kind: FacetKind) =>
  facets
    .filter((held) => held.startsWith(prefixOf(kind)))
    .map((held) => held.slice(prefixOf(kind).length))
    .sort();
