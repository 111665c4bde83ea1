import type { Random } from './random';

/** Postcode areas with the districts a school's catchment might cover; the bench is far bigger than one school. */
const areas = [
  { area: 'G', town: 'Glasgow', districts: [11, 13, 14, 15, 20, 22, 23, 31, 32, 33, 34, 45, 51, 52, 53] },
  { area: 'M', town: 'Manchester', districts: [8, 9, 11, 12, 13, 14, 16, 18, 19, 21, 22, 40] },
  { area: 'B', town: 'Birmingham', districts: [6, 7, 8, 9, 10, 11, 12, 19, 20, 21, 23, 33] },
  { area: 'E', town: 'London', districts: [1, 2, 3, 6, 7, 10, 12, 13, 14, 15, 16, 17] },
  { area: 'CF', town: 'Cardiff', districts: [3, 5, 11, 14, 23, 24] },
  { area: 'BT', town: 'Belfast', districts: [4, 5, 6, 7, 9, 11, 12, 13, 14, 15] },
] as const;

const streets = [
  'Craigton Road',
  'Station Road',
  'High Street',
  'Church Lane',
  'Victoria Street',
  'Park Avenue',
  'Mill Brae',
  "Queen's Drive",
  "St Mary's Close",
  'Albert Terrace',
  'Elm Grove',
  'Canal Side',
  'Orchard Way',
  'Hawthorn Crescent',
  'Kingsway',
  'Marlborough Place',
  'Cedar Court',
  'Bridge Street',
];

// Real postcodes never use these letters in the final two characters.
const unitLetters = 'ABDEFGHJLNPQRSTUWXYZ';

export function address(random: Random): { address: string; postcode: string } {
  const { area, town, districts } = random.pick(areas);
  const unit = random.pick([...unitLetters]) + random.pick([...unitLetters]);
  const postcode = `${area}${random.pick(districts)} ${random.int(1, 9)}${unit}`;
  const house = `${random.int(1, 240)} ${random.pick(streets)}`;
  // Tenement flats are written "2/1" in Glasgow, "Flat 3" elsewhere.
  const flat = random.chance(0.2)
    ? area === 'G'
      ? `Flat ${random.int(0, 3)}/${random.int(1, 2)}, `
      : `Flat ${random.int(1, 12)}, `
    : '';
  return { address: `${flat}${house}\n${town}`, postcode };
}
