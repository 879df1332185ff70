// The county offered from a city (docs/domain.md, "Address"): the 72 county seats of Wisconsin, and
// a city named like a county. Public knowledge, kept small on purpose: there is no ZIP table in the
// repository, so a ZIP code offers no county. The worker can always change the county offered.

/** County seat city → county FIPS code, one line per county (72). */
export const COUNTY_SEATS: Readonly<Record<string, string>> = {
  Friendship: '55001', // Adams
  Ashland: '55003',
  Barron: '55005',
  Washburn: '55007', // Bayfield (the city of Washburn, not Washburn County)
  'Green Bay': '55009', // Brown
  Alma: '55011', // Buffalo
  Siren: '55013', // Burnett
  Chilton: '55015', // Calumet
  'Chippewa Falls': '55017', // Chippewa
  Neillsville: '55019', // Clark
  Portage: '55021', // Columbia (the city of Portage, not Portage County)
  'Prairie du Chien': '55023', // Crawford
  Madison: '55025', // Dane
  Juneau: '55027', // Dodge (the city of Juneau, not Juneau County)
  'Sturgeon Bay': '55029', // Door
  Superior: '55031', // Douglas
  Menomonie: '55033', // Dunn
  'Eau Claire': '55035',
  Florence: '55037',
  'Fond du Lac': '55039',
  Crandon: '55041', // Forest
  Lancaster: '55043', // Grant
  Monroe: '55045', // Green (the city of Monroe, not Monroe County)
  'Green Lake': '55047',
  Dodgeville: '55049', // Iowa
  Hurley: '55051', // Iron
  'Black River Falls': '55053', // Jackson
  Jefferson: '55055',
  Mauston: '55057', // Juneau
  Kenosha: '55059',
  Kewaunee: '55061',
  'La Crosse': '55063',
  Darlington: '55065', // Lafayette
  Antigo: '55067', // Langlade
  Merrill: '55069', // Lincoln
  Manitowoc: '55071',
  Wausau: '55073', // Marathon
  Marinette: '55075',
  Montello: '55077', // Marquette
  Keshena: '55078', // Menominee
  Milwaukee: '55079',
  Sparta: '55081', // Monroe
  Oconto: '55083',
  Rhinelander: '55085', // Oneida
  Appleton: '55087', // Outagamie
  'Port Washington': '55089', // Ozaukee
  Durand: '55091', // Pepin
  Ellsworth: '55093', // Pierce
  'Balsam Lake': '55095', // Polk
  'Stevens Point': '55097', // Portage
  Phillips: '55099', // Price
  Racine: '55101',
  'Richland Center': '55103', // Richland
  Janesville: '55105', // Rock
  Ladysmith: '55107', // Rusk
  Hudson: '55109', // St. Croix
  Baraboo: '55111', // Sauk
  Hayward: '55113', // Sawyer
  Shawano: '55115',
  Sheboygan: '55117',
  Medford: '55119', // Taylor
  Whitehall: '55121', // Trempealeau
  Viroqua: '55123', // Vernon
  'Eagle River': '55125', // Vilas
  Elkhorn: '55127', // Walworth
  'Shell Lake': '55129', // Washburn
  'West Bend': '55131', // Washington
  Waukesha: '55133',
  Waupaca: '55135',
  Wautoma: '55137', // Waushara
  Oshkosh: '55139', // Winnebago
  'Wisconsin Rapids': '55141', // Wood
};

/** County name → FIPS, for a city named like a county ("Milwaukee"); a county seat of that name wins. */
export const COUNTY_NAMES: Readonly<Record<string, string>> = {
  Adams: '55001',
  Ashland: '55003',
  Barron: '55005',
  Bayfield: '55007',
  Brown: '55009',
  Buffalo: '55011',
  Burnett: '55013',
  Calumet: '55015',
  Chippewa: '55017',
  Clark: '55019',
  Columbia: '55021',
  Crawford: '55023',
  Dane: '55025',
  Dodge: '55027',
  Door: '55029',
  Douglas: '55031',
  Dunn: '55033',
  'Eau Claire': '55035',
  Florence: '55037',
  'Fond du Lac': '55039',
  Forest: '55041',
  Grant: '55043',
  Green: '55045',
  'Green Lake': '55047',
  Iowa: '55049',
  Iron: '55051',
  Jackson: '55053',
  Jefferson: '55055',
  Juneau: '55057',
  Kenosha: '55059',
  Kewaunee: '55061',
  'La Crosse': '55063',
  Lafayette: '55065',
  Langlade: '55067',
  Lincoln: '55069',
  Manitowoc: '55071',
  Marathon: '55073',
  Marinette: '55075',
  Marquette: '55077',
  Menominee: '55078',
  Milwaukee: '55079',
  Monroe: '55081',
  Oconto: '55083',
  Oneida: '55085',
  Outagamie: '55087',
  Ozaukee: '55089',
  Pepin: '55091',
  Pierce: '55093',
  Polk: '55095',
  Portage: '55097',
  Price: '55099',
  Racine: '55101',
  Richland: '55103',
  Rock: '55105',
  Rusk: '55107',
  'St. Croix': '55109',
  Sauk: '55111',
  Sawyer: '55113',
  Shawano: '55115',
  Sheboygan: '55117',
  Taylor: '55119',
  Trempealeau: '55121',
  Vernon: '55123',
  Vilas: '55125',
  Walworth: '55127',
  Washburn: '55129',
  Washington: '55131',
  Waukesha: '55133',
  Waupaca: '55135',
  Waushara: '55137',
  Winnebago: '55139',
  Wood: '55141',
};

/** A city as compared: lower case, single spaces, "St." and "Saint" alike, no trailing "city". */
function cityKey(city: string): string {
  return city
    .toLowerCase()
    .replace(/\./g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(city of) /, '')
    .replace(/ city$/, '');
}

const bySeat = new Map(Object.entries(COUNTY_SEATS).map(([city, code]) => [cityKey(city), code]));
const byName = new Map(Object.entries(COUNTY_NAMES).map(([name, code]) => [cityKey(name), code]));

/**
 * The county a city is in, when the city is a county seat or is named like a county; null when not
 * known (any other city: the worker picks the county). Pure: the address form offers the answer.
 */
export function countyForCity(city: string | null | undefined): string | null {
  if (!city) return null;
  const key = cityKey(city);
  if (!key) return null;
  return bySeat.get(key) ?? byName.get(key) ?? null;
}
