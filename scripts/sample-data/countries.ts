/**
 * The country reference behind data/countries.csv and data/regions.csv, plus what the generator needs to spread
 * cases over countries plausibly (how active a country is in the OPSI calls, a city for local-government cases).
 */
import type { Country, Region } from '../../pipeline/ingest/reference.ts';

export const regions: readonly Region[] = [
  { id: 'europe', name: 'Europe' },
  { id: 'north-america', name: 'North America' },
  { id: 'latin-america', name: 'Latin America and the Caribbean' },
  { id: 'asia-pacific', name: 'Asia-Pacific' },
  { id: 'middle-east-north-africa', name: 'Middle East and North Africa' },
  { id: 'sub-saharan-africa', name: 'Sub-Saharan Africa' },
];

export type RegionId = 'europe' | 'north-america' | 'latin-america' | 'asia-pacific' | 'middle-east-north-africa' | 'sub-saharan-africa';
type IncomeGroup = 'high' | 'upper-middle' | 'lower-middle' | 'low';

export interface SampleCountry extends Country {
  region: RegionId;
  incomeGroup: IncomeGroup;
  /**
   * Spellings found in data exports that i18n-iso-countries (English names) does not resolve; written to the
   * `aliases` column so ingest can. Includes the reference name itself when the library misses it ("Korea").
   */
  aliases: readonly string[];
  /** Other spellings seen in exports that the library already resolves ("Turkey", "USA"); used in case rows only. */
  spellings: readonly string[];
  /** Relative number of cases a country submits, 1 (rare) to 5 (very active): shapes the skew of the sample. */
  activity: number;
  /** A large city, named in local-government cases. */
  city: string;
}

interface Extra {
  aliases?: readonly string[];
  spellings?: readonly string[];
}

function country(
  iso3: string,
  name: string,
  region: RegionId,
  oecdMember: boolean,
  incomeGroup: IncomeGroup,
  activity: number,
  city: string,
  extra: Extra = {},
): SampleCountry {
  return { iso3, name, region, oecdMember, incomeGroup, activity, city, aliases: extra.aliases ?? [], spellings: extra.spellings ?? [] };
}

const OECD = true;
const NON = false;

/** Names follow OECD usage; income groups follow the World Bank classification for fiscal year 2025, roughly. */
export const countries: readonly SampleCountry[] = [
  // Europe: OECD members
  country('AUT', 'Austria', 'europe', OECD, 'high', 3, 'Vienna'),
  country('BEL', 'Belgium', 'europe', OECD, 'high', 3, 'Antwerp'),
  country('CZE', 'Czechia', 'europe', OECD, 'high', 2, 'Brno', { spellings: ['Czech Republic'] }),
  country('DNK', 'Denmark', 'europe', OECD, 'high', 3, 'Aarhus'),
  country('EST', 'Estonia', 'europe', OECD, 'high', 3, 'Tallinn'),
  country('FIN', 'Finland', 'europe', OECD, 'high', 3, 'Espoo'),
  country('FRA', 'France', 'europe', OECD, 'high', 4, 'Lyon'),
  country('DEU', 'Germany', 'europe', OECD, 'high', 4, 'Hamburg'),
  country('GRC', 'Greece', 'europe', OECD, 'high', 3, 'Athens'),
  country('HUN', 'Hungary', 'europe', OECD, 'high', 1, 'Budapest'),
  country('ISL', 'Iceland', 'europe', OECD, 'high', 1, 'Reykjavik'),
  country('IRL', 'Ireland', 'europe', OECD, 'high', 3, 'Cork'),
  country('ITA', 'Italy', 'europe', OECD, 'high', 4, 'Bologna'),
  country('LVA', 'Latvia', 'europe', OECD, 'high', 2, 'Riga'),
  country('LTU', 'Lithuania', 'europe', OECD, 'high', 3, 'Vilnius'),
  country('LUX', 'Luxembourg', 'europe', OECD, 'high', 1, 'Esch-sur-Alzette'),
  country('NLD', 'Netherlands', 'europe', OECD, 'high', 4, 'Rotterdam', { spellings: ['The Netherlands'] }),
  country('NOR', 'Norway', 'europe', OECD, 'high', 3, 'Bergen'),
  country('POL', 'Poland', 'europe', OECD, 'high', 3, 'Gdańsk'),
  country('PRT', 'Portugal', 'europe', OECD, 'high', 5, 'Porto'),
  country('SVK', 'Slovak Republic', 'europe', OECD, 'high', 2, 'Košice', {
    aliases: ['Slovak Republic'],
    spellings: ['Slovakia'],
  }),
  country('SVN', 'Slovenia', 'europe', OECD, 'high', 2, 'Ljubljana'),
  country('ESP', 'Spain', 'europe', OECD, 'high', 4, 'Barcelona'),
  country('SWE', 'Sweden', 'europe', OECD, 'high', 3, 'Gothenburg'),
  country('CHE', 'Switzerland', 'europe', OECD, 'high', 2, 'Zurich'),
  country('TUR', 'Türkiye', 'europe', OECD, 'upper-middle', 2, 'Istanbul', {
    aliases: ['Turkiye', 'Republic of Türkiye'],
    spellings: ['Turkey'],
  }),
  country('GBR', 'United Kingdom', 'europe', OECD, 'high', 5, 'Manchester', {
    aliases: ['United Kingdom of Great Britain and Northern Ireland'],
    spellings: ['UK', 'Great Britain'],
  }),
  // Europe: not members
  country('ALB', 'Albania', 'europe', NON, 'upper-middle', 1, 'Tirana'),
  country('ARM', 'Armenia', 'europe', NON, 'upper-middle', 2, 'Yerevan'),
  country('AZE', 'Azerbaijan', 'europe', NON, 'upper-middle', 1, 'Baku'),
  country('BIH', 'Bosnia and Herzegovina', 'europe', NON, 'upper-middle', 1, 'Sarajevo'),
  country('BGR', 'Bulgaria', 'europe', NON, 'high', 1, 'Sofia'),
  country('HRV', 'Croatia', 'europe', NON, 'high', 2, 'Zagreb'),
  country('CYP', 'Cyprus', 'europe', NON, 'high', 1, 'Limassol'),
  country('GEO', 'Georgia', 'europe', NON, 'upper-middle', 2, 'Tbilisi'),
  country('MLT', 'Malta', 'europe', NON, 'high', 1, 'Valletta'),
  country('MDA', 'Republic of Moldova', 'europe', NON, 'upper-middle', 2, 'Chișinău', {
    aliases: ['Republic of Moldova', 'Moldova'],
    spellings: ['Moldova, Republic of'],
  }),
  country('MNE', 'Montenegro', 'europe', NON, 'upper-middle', 1, 'Podgorica'),
  country('MKD', 'North Macedonia', 'europe', NON, 'upper-middle', 1, 'Skopje', { aliases: ['Republic of North Macedonia'] }),
  country('ROU', 'Romania', 'europe', NON, 'high', 2, 'Cluj-Napoca'),
  country('SRB', 'Serbia', 'europe', NON, 'upper-middle', 2, 'Novi Sad'),
  country('UKR', 'Ukraine', 'europe', NON, 'upper-middle', 3, 'Lviv'),
  // North America
  country('CAN', 'Canada', 'north-america', OECD, 'high', 5, 'Toronto'),
  country('USA', 'United States', 'north-america', OECD, 'high', 5, 'Boston', {
    spellings: ['USA', 'United States of America', 'US'],
  }),
  // Latin America and the Caribbean
  country('MEX', 'Mexico', 'latin-america', OECD, 'upper-middle', 3, 'Guadalajara'),
  country('CHL', 'Chile', 'latin-america', OECD, 'high', 4, 'Valparaíso'),
  country('COL', 'Colombia', 'latin-america', OECD, 'upper-middle', 4, 'Medellín'),
  country('CRI', 'Costa Rica', 'latin-america', OECD, 'upper-middle', 2, 'San José'),
  country('ARG', 'Argentina', 'latin-america', NON, 'upper-middle', 3, 'Córdoba'),
  country('BRA', 'Brazil', 'latin-america', NON, 'upper-middle', 5, 'São Paulo'),
  country('PER', 'Peru', 'latin-america', NON, 'upper-middle', 3, 'Lima'),
  country('URY', 'Uruguay', 'latin-america', NON, 'high', 3, 'Montevideo'),
  country('PRY', 'Paraguay', 'latin-america', NON, 'upper-middle', 1, 'Asunción'),
  country('ECU', 'Ecuador', 'latin-america', NON, 'upper-middle', 2, 'Quito'),
  country('BOL', 'Bolivia', 'latin-america', NON, 'lower-middle', 1, 'La Paz', {
    aliases: ['Bolivia (Plurinational State of)', 'Plurinational State of Bolivia'],
  }),
  country('DOM', 'Dominican Republic', 'latin-america', NON, 'upper-middle', 2, 'Santo Domingo'),
  country('GTM', 'Guatemala', 'latin-america', NON, 'upper-middle', 1, 'Quetzaltenango'),
  country('HND', 'Honduras', 'latin-america', NON, 'lower-middle', 1, 'Tegucigalpa'),
  country('SLV', 'El Salvador', 'latin-america', NON, 'upper-middle', 1, 'San Salvador'),
  country('PAN', 'Panama', 'latin-america', NON, 'high', 1, 'Panama City'),
  country('JAM', 'Jamaica', 'latin-america', NON, 'upper-middle', 1, 'Kingston'),
  country('TTO', 'Trinidad and Tobago', 'latin-america', NON, 'high', 1, 'San Fernando'),
  country('BRB', 'Barbados', 'latin-america', NON, 'high', 1, 'Bridgetown'),
  // Asia-Pacific
  country('AUS', 'Australia', 'asia-pacific', OECD, 'high', 5, 'Melbourne'),
  country('NZL', 'New Zealand', 'asia-pacific', OECD, 'high', 3, 'Auckland'),
  country('JPN', 'Japan', 'asia-pacific', OECD, 'high', 3, 'Osaka'),
  country('KOR', 'Korea', 'asia-pacific', OECD, 'high', 4, 'Seoul', {
    aliases: ['Korea', 'Republic of Korea (South)'],
    spellings: ['Republic of Korea', 'South Korea', 'Korea, Republic of'],
  }),
  country('CHN', 'China', 'asia-pacific', NON, 'upper-middle', 1, 'Shenzhen', { aliases: ["China (People's Republic of)"] }),
  country('IND', 'India', 'asia-pacific', NON, 'lower-middle', 3, 'Bengaluru'),
  country('IDN', 'Indonesia', 'asia-pacific', NON, 'upper-middle', 3, 'Surabaya'),
  country('MYS', 'Malaysia', 'asia-pacific', NON, 'upper-middle', 2, 'Kuala Lumpur'),
  country('PHL', 'Philippines', 'asia-pacific', NON, 'lower-middle', 2, 'Quezon City', { aliases: ['The Philippines'] }),
  country('SGP', 'Singapore', 'asia-pacific', NON, 'high', 3, 'Singapore'),
  country('THA', 'Thailand', 'asia-pacific', NON, 'upper-middle', 2, 'Chiang Mai'),
  country('VNM', 'Viet Nam', 'asia-pacific', NON, 'lower-middle', 1, 'Da Nang', {
    aliases: ['Viet Nam'],
    spellings: ['Vietnam'],
  }),
  country('LAO', "Lao People's Democratic Republic", 'asia-pacific', NON, 'lower-middle', 1, 'Vientiane', {
    aliases: ['Lao PDR', 'Laos'],
  }),
  country('KHM', 'Cambodia', 'asia-pacific', NON, 'lower-middle', 1, 'Phnom Penh'),
  country('BGD', 'Bangladesh', 'asia-pacific', NON, 'lower-middle', 2, 'Chattogram'),
  country('PAK', 'Pakistan', 'asia-pacific', NON, 'lower-middle', 1, 'Lahore'),
  country('LKA', 'Sri Lanka', 'asia-pacific', NON, 'lower-middle', 1, 'Kandy'),
  country('NPL', 'Nepal', 'asia-pacific', NON, 'lower-middle', 1, 'Pokhara'),
  country('MNG', 'Mongolia', 'asia-pacific', NON, 'upper-middle', 1, 'Ulaanbaatar'),
  country('BRN', 'Brunei Darussalam', 'asia-pacific', NON, 'high', 1, 'Bandar Seri Begawan', { aliases: ['Brunei'] }),
  country('FJI', 'Fiji', 'asia-pacific', NON, 'upper-middle', 1, 'Suva'),
  country('KAZ', 'Kazakhstan', 'asia-pacific', NON, 'upper-middle', 2, 'Almaty'),
  country('UZB', 'Uzbekistan', 'asia-pacific', NON, 'lower-middle', 1, 'Samarkand'),
  // Middle East and North Africa
  country('ISR', 'Israel', 'middle-east-north-africa', OECD, 'high', 2, 'Tel Aviv'),
  country('ARE', 'United Arab Emirates', 'middle-east-north-africa', NON, 'high', 5, 'Dubai', { spellings: ['UAE'] }),
  country('SAU', 'Saudi Arabia', 'middle-east-north-africa', NON, 'high', 3, 'Jeddah'),
  country('QAT', 'Qatar', 'middle-east-north-africa', NON, 'high', 1, 'Doha'),
  country('BHR', 'Bahrain', 'middle-east-north-africa', NON, 'high', 1, 'Manama'),
  country('OMN', 'Oman', 'middle-east-north-africa', NON, 'high', 2, 'Muscat'),
  country('KWT', 'Kuwait', 'middle-east-north-africa', NON, 'high', 1, 'Kuwait City'),
  country('JOR', 'Jordan', 'middle-east-north-africa', NON, 'lower-middle', 2, 'Amman'),
  country('EGY', 'Egypt', 'middle-east-north-africa', NON, 'lower-middle', 2, 'Alexandria'),
  country('MAR', 'Morocco', 'middle-east-north-africa', NON, 'lower-middle', 2, 'Casablanca'),
  country('TUN', 'Tunisia', 'middle-east-north-africa', NON, 'lower-middle', 1, 'Sfax'),
  // Sub-Saharan Africa
  country('ZAF', 'South Africa', 'sub-saharan-africa', NON, 'upper-middle', 3, 'Cape Town'),
  country('NGA', 'Nigeria', 'sub-saharan-africa', NON, 'lower-middle', 2, 'Lagos'),
  country('KEN', 'Kenya', 'sub-saharan-africa', NON, 'lower-middle', 3, 'Mombasa'),
  country('RWA', 'Rwanda', 'sub-saharan-africa', NON, 'low', 2, 'Kigali'),
  country('GHA', 'Ghana', 'sub-saharan-africa', NON, 'lower-middle', 2, 'Kumasi'),
  country('ETH', 'Ethiopia', 'sub-saharan-africa', NON, 'low', 1, 'Addis Ababa'),
  country('UGA', 'Uganda', 'sub-saharan-africa', NON, 'low', 1, 'Kampala'),
  country('TZA', 'Tanzania', 'sub-saharan-africa', NON, 'lower-middle', 1, 'Dar es Salaam', {
    spellings: ['United Republic of Tanzania'],
  }),
  country('SEN', 'Senegal', 'sub-saharan-africa', NON, 'lower-middle', 1, 'Dakar'),
  country('CPV', 'Cabo Verde', 'sub-saharan-africa', NON, 'lower-middle', 1, 'Praia', {
    aliases: ['Cabo Verde'],
    spellings: ['Cape Verde'],
  }),
  country('CIV', "Côte d'Ivoire", 'sub-saharan-africa', NON, 'lower-middle', 1, 'Abidjan', {
    spellings: ["Cote d'Ivoire", 'Ivory Coast'],
  }),
  country('MUS', 'Mauritius', 'sub-saharan-africa', NON, 'upper-middle', 1, 'Port Louis'),
  country('BWA', 'Botswana', 'sub-saharan-africa', NON, 'upper-middle', 1, 'Gaborone'),
  country('NAM', 'Namibia', 'sub-saharan-africa', NON, 'upper-middle', 1, 'Windhoek'),
  country('ZMB', 'Zambia', 'sub-saharan-africa', NON, 'low', 1, 'Lusaka'),
];

/** Every spelling a data export may use for a country other than its reference name. */
export const exportSpellings = (entry: SampleCountry): string[] =>
  [...entry.aliases, ...entry.spellings].filter((spelling) => spelling !== entry.name);

export function countryByIso3(iso3: string): SampleCountry {
  const entry = countries.find((c) => c.iso3 === iso3);
  if (entry === undefined) throw new Error(`no country ${iso3} in the sample reference table`);
  return entry;
}
