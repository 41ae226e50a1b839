// Honest per-10k: every district figure divides by a population on its governorate's census basis, with its year.
// Qena's districts have only 2006 figures (Who's On First) and the governorate its 2017 census (CAPMAS), so each
// district's 2017 population is estimated from its 2006 share; Deshna has no figure and says so. Every expected
// value here is recomputed by hand, in exact integer arithmetic, from the populations and years the API states.
import type { Stats } from '../../contracts/association';
import { computeStatsJson } from '../../server/src/features/stats/stats.queries';
import { loadBoundaries } from '../../seeds/boundaries';
import { getJson } from '../support/http';
import { createMigratedDatabase } from '../support/scratch-database';
import { startTestApp, type TestApp } from '../support/test-app';

interface Boundary {
  code: string;
  population: number | null;
  populationYear: number | null;
}
interface Coverage {
  governorate: Boundary & {
    associations: number;
    members: number;
    per10k: { associations: number | null; members: number | null };
  };
  districts: (Stats['districts'][number] & {
    per10k: { associations: number | null; members: number | null; resources: Record<string, number | null> };
  })[];
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

/** a × b ÷ c rounded half away from zero, as PostgreSQL's round() does, for non-negative integers. */
const roundedShare = (a: number, b: number, c: number) =>
  Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c)));
/** Per 10,000 people to two decimals: value × 1,000,000 ÷ population, rounded, in hundredths. */
const per10kByHand = (value: number, population: number) => roundedShare(value, 1_000_000, population) / 100;

const raw = async (governorate: string) => {
  const [found] = (await getJson<Boundary[]>(app.baseUrl, `/api/governorates?code=${governorate}`)).body;
  if (!found) throw new Error(`No governorate ${governorate} in /api/governorates`);
  return {
    governorate: found,
    districts: (await getJson<Boundary[]>(app.baseUrl, `/api/districts?governorate=${governorate}`)).body,
  };
};

test("when Qena's districts are counted, then each gets a 2017 estimate by 2006 share; Deshna has none", async () => {
  const { governorate, districts } = await raw('EG-KN');
  const stats = (await getJson<Stats>(app.baseUrl, '/api/stats?governorate=EG-KN')).body;
  expect([governorate.population, governorate.populationYear]).toEqual([3_164_281, 2017]);
  const known = districts.filter((district) => district.population !== null);
  expect(known.every((district) => district.populationYear === 2006)).toBe(true);
  const knownTotal = known.reduce((sum, district) => sum + (district.population ?? 0), 0);

  const expected = Object.fromEntries(
    districts.map((district) => [
      district.code,
      district.population === null
        ? { population: null, populationYear: null, populationBasis: 'none', populationEstimatedFrom: null }
        : {
            population: roundedShare(district.population, 3_164_281, knownTotal),
            populationYear: 2017,
            populationBasis: 'estimate',
            populationEstimatedFrom: 2006,
          },
    ]),
  );
  const stated = Object.fromEntries(
    stats.districts.map(({ code, population, populationYear, populationBasis, populationEstimatedFrom }) => [
      code,
      { population, populationYear, populationBasis, populationEstimatedFrom },
    ]),
  );

  expect(stated).toEqual(expected);
  expect(stated['EG.QN.QJ']).toEqual({
    population: null,
    populationYear: null,
    populationBasis: 'none',
    populationEstimatedFrom: null,
  });
  // Nag Hammadi: 719,174
  expect(stated['EG.QN.NH']?.population).toBe(Math.round((451_891 / 1_988_267) * 3_164_281));
});

test('when per-10k figures are given, then each is count × 10,000 ÷ the population beside it, else null', async () => {
  const coverage = (await getJson<Coverage>(app.baseUrl, '/api/coverage?governorate=EG-KN')).body;
  const { governorate } = coverage;
  if (governorate.population === null) throw new Error('Qena has no population');

  expect(governorate.per10k).toEqual({
    associations: per10kByHand(governorate.associations, governorate.population),
    members: per10kByHand(governorate.members, governorate.population),
  });
  for (const district of coverage.districts) {
    const byHand = (value: number) => (district.population === null ? null : per10kByHand(value, district.population));
    expect({ code: district.code, ...district.per10k }).toEqual({
      code: district.code,
      associations: byHand(district.associations),
      members: byHand(district.members),
      resources: Object.fromEntries(Object.entries(district.resources).map(([code, n]) => [code, byHand(n)])),
    });
    expect([district.associationsPer10k, district.membersPer10k]).toEqual([
      byHand(district.associations),
      byHand(district.members),
    ]);
  }
  const deshna = coverage.districts.find((district) => district.code === 'EG.QN.QJ');
  expect(deshna?.associations).toBeGreaterThan(0);
  expect(deshna?.per10k.associations).toBeNull();
});

test('when a governorate has no newer census, or a district has it already, then those figures stay', async () => {
  const scratch = await createMigratedDatabase('civic_atlas_population');
  try {
    await loadBoundaries(scratch.db);
    // Luxor: Esna counted in 2017 (a made-up 600,000); Armant and Luxor markaz share the rest by their 2006 figures.
    await scratch.db('districts').where({ code: 'EG.UQ.IS' }).update({ population: 600_000, population_year: 2017 });
    // Sohag: no 2017 census given, so its districts keep their own 2006 figures.
    await scratch.db('governorates').where({ code: 'EG-SHG' }).update({ population: null, population_year: null });

    const stats = JSON.parse(await computeStatsJson(scratch.db, { governorate: ['EG-LX', 'EG-SHG'] })) as Stats;
    const of = (code: string) => stats.districts.find((district) => district.code === code);

    expect(of('EG.UQ.IS')).toMatchObject({ population: 600_000, populationYear: 2017, populationBasis: 'census' });
    const rest = 1_250_209 - 600_000;
    expect(of('EG.UQ.AR')).toMatchObject({
      population: roundedShare(159_809, rest, 159_809 + 198_858),
      populationYear: 2017,
      populationBasis: 'estimate',
    });
    expect(of('EG.UQ.UM')).toMatchObject({
      population: roundedShare(198_858, rest, 159_809 + 198_858),
      populationYear: 2017,
      populationBasis: 'estimate',
    });
    expect(of('EG.SJ.SO')).toMatchObject({
      population: 397_200,
      populationYear: 2006,
      populationBasis: 'census',
      populationEstimatedFrom: null,
    });
  } finally {
    await scratch.drop();
  }
});
