// The facets an association must carry (associations.facets, kept by triggers) to offer a sector or a resource.

export function facetsOf(need: { sector?: string; resource?: { code: string } }): string[] {
  return [...(need.sector ? [`sector:${need.sector}`] : []), ...(need.resource ? [`resource:${need.resource.code}`] : [])];
}
