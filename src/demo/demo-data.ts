/**
 * Deterministic, realistic demo data: the same seed always yields the same companies, groups
 * and people, so that tests, screenshots and benchmarks can rely on them.
 */
import type { AccountCreate } from '#contracts/accounts.ts';
import type { ContactCreate } from '#contracts/contacts.ts';

export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  return { next, pick, between };
}

export type Random = ReturnType<typeof random>;

interface Place {
  countryCode: string;
  region: string;
  language: string;
  cities: readonly [city: string, postalCode: string][];
}

const places: readonly Place[] = [
  {
    countryCode: 'DE',
    region: 'Deutschland Süd',
    language: 'de',
    cities: [
      ['München', '80331'],
      ['Stuttgart', '70173'],
      ['Nürnberg', '90402'],
      ['Augsburg', '86150'],
      ['Würzburg', '97070'],
    ],
  },
  {
    countryCode: 'DE',
    region: 'Deutschland Nord',
    language: 'de',
    cities: [
      ['Hamburg', '20095'],
      ['Bremen', '28195'],
      ['Hannover', '30159'],
      ['Lübeck', '23552'],
      ['Kiel', '24103'],
    ],
  },
  {
    countryCode: 'DE',
    region: 'Deutschland West',
    language: 'de',
    cities: [
      ['Köln', '50667'],
      ['Düsseldorf', '40213'],
      ['Essen', '45127'],
      ['Münster', '48143'],
      ['Frankfurt am Main', '60311'],
    ],
  },
  {
    countryCode: 'DE',
    region: 'Deutschland Ost',
    language: 'de',
    cities: [
      ['Berlin', '10115'],
      ['Leipzig', '04109'],
      ['Dresden', '01067'],
      ['Jena', '07743'],
      ['Görlitz', '02826'],
    ],
  },
  {
    countryCode: 'AT',
    region: 'DACH',
    language: 'de',
    cities: [
      ['Wien', '1010'],
      ['Graz', '8010'],
      ['Linz', '4020'],
    ],
  },
  {
    countryCode: 'CH',
    region: 'DACH',
    language: 'de',
    cities: [
      ['Zürich', '8001'],
      ['Basel', '4051'],
      ['Bern', '3011'],
    ],
  },
  {
    countryCode: 'FR',
    region: 'Westeuropa',
    language: 'fr',
    cities: [
      ['Lyon', '69001'],
      ['Paris', '75001'],
      ['Toulouse', '31000'],
    ],
  },
  {
    countryCode: 'NL',
    region: 'Westeuropa',
    language: 'nl',
    cities: [
      ['Rotterdam', '3011'],
      ['Eindhoven', '5611'],
    ],
  },
  {
    countryCode: 'IT',
    region: 'Südeuropa',
    language: 'it',
    cities: [
      ['Mailand', '20121'],
      ['Turin', '10121'],
    ],
  },
  {
    countryCode: 'SE',
    region: 'Nordeuropa',
    language: 'sv',
    cities: [
      ['Göteborg', '411 03'],
      ['Malmö', '211 19'],
    ],
  },
  {
    countryCode: 'PL',
    region: 'Osteuropa',
    language: 'pl',
    cities: [
      ['Wrocław', '50-001'],
      ['Poznań', '60-001'],
    ],
  },
  {
    countryCode: 'US',
    region: 'Nordamerika',
    language: 'en',
    cities: [
      ['Chicago', '60601'],
      ['Detroit', '48201'],
      ['Boston', '02108'],
    ],
  },
  {
    countryCode: 'JP',
    region: 'Asien',
    language: 'ja',
    cities: [
      ['Osaka', '530-0001'],
      ['Nagoya', '450-0002'],
    ],
  },
  {
    countryCode: 'CN',
    region: 'Asien',
    language: 'zh',
    cities: [
      ['Shanghai', '200000'],
      ['Suzhou', '215000'],
    ],
  },
];

const germanFounders = [
  'Müller',
  'Schäfer',
  'Weiß',
  'Krämer',
  'Böhm',
  'Groß',
  'Hoffmann',
  'Schröder',
  'Köhler',
  'Jäger',
  'Fuchs',
  'Lößner',
  'Bäcker',
  'Wöhrle',
  'Strauß',
  'Kühne',
  'Hübner',
  'Vogt',
  'Brandt',
  'Engelhardt',
  'Dürr',
  'Seifert',
  'Günther',
  'Pfäffle',
];
const foreignFounders: Record<string, readonly string[]> = {
  FR: ['Dubois', 'Lefèvre', 'Moreau'],
  NL: ['Van der Berg', 'De Vries', 'Bakker'],
  IT: ['Rossi', 'Bianchi', 'Ferrari'],
  SE: ['Lindqvist', 'Åberg', 'Nordström'],
  PL: ['Kowalski', 'Wiśniewski', 'Zieliński'],
  US: ['Brightline', 'Harbor', 'Summit'],
  JP: ['Tanaka', 'Sato', 'Yamamoto'],
  CN: ['Huaxin', 'Longsheng', 'Jinfeng'],
};
const legalForms: Record<string, readonly string[]> = {
  DE: ['GmbH', 'AG', 'SE', 'GmbH & Co. KG', 'KGaA'],
  AT: ['GmbH', 'AG'],
  CH: ['AG', 'GmbH'],
  FR: ['SA', 'SAS'],
  NL: ['B.V.', 'N.V.'],
  IT: ['S.p.A.', 'S.r.l.'],
  SE: ['AB'],
  PL: ['Sp. z o.o.', 'S.A.'],
  US: ['Inc.', 'LLC', 'Corp.'],
  JP: ['K.K.'],
  CN: ['Co., Ltd.'],
};

const industryWords: Record<string, { de: readonly string[]; en: readonly string[] }> = {
  technology_it: { de: ['Software', 'Systemhaus', 'Datentechnik'], en: ['Systems', 'Software', 'Digital'] },
  pharma_health: {
    de: ['Pharma', 'Medizintechnik', 'Klinikbedarf'],
    en: ['Pharma', 'Medical', 'Life Sciences'],
  },
  fmcg: { de: ['Lebensmittel', 'Feinkost', 'Getränke'], en: ['Foods', 'Beverages', 'Consumer Goods'] },
  automotive: {
    de: ['Fahrzeugteile', 'Präzisionstechnik', 'Automobilzulieferer'],
    en: ['Automotive', 'Components', 'Motors'],
  },
  financial_services: { de: ['Versicherung', 'Bank', 'Leasing'], en: ['Capital', 'Insurance', 'Finance'] },
  energy_utilities: { de: ['Energie', 'Stadtwerke', 'Netze'], en: ['Energy', 'Power', 'Utilities'] },
  chemicals_process: { de: ['Chemie', 'Kunststoffe', 'Lacke'], en: ['Chemicals', 'Polymers', 'Coatings'] },
  telecommunications: {
    de: ['Telekom', 'Netzwerke', 'Kommunikation'],
    en: ['Telecom', 'Networks', 'Connect'],
  },
  construction_real_estate: {
    de: ['Bau', 'Immobilien', 'Hochbau'],
    en: ['Construction', 'Properties', 'Building'],
  },
  logistics_transport: {
    de: ['Logistik', 'Spedition', 'Transporte'],
    en: ['Logistics', 'Freight', 'Transport'],
  },
};
const industryKeys = Object.keys(industryWords);

/** First names with the form of a German job title that goes with them. */
const firstNames: readonly [firstName: string, form: 'f' | 'm'][] = [
  ['Anna', 'f'],
  ['Jürgen', 'm'],
  ['Sören', 'm'],
  ['Jörg', 'm'],
  ['Katharina', 'f'],
  ['Björn', 'm'],
  ['Lena', 'f'],
  ['Matthias', 'm'],
  ['Özlem', 'f'],
  ['Sabine', 'f'],
  ['Thomas', 'm'],
  ['Ümit', 'm'],
  ['Claudia', 'f'],
  ['Stefan', 'm'],
  ['Dörte', 'f'],
  ['Michael', 'm'],
  ['Julia', 'f'],
  ['Andreas', 'm'],
  ['Jana', 'f'],
  ['Marie', 'f'],
  ['Ingrid', 'f'],
  ['Paul', 'm'],
  ['Chloé', 'f'],
  ['Luca', 'm'],
  ['Hiroshi', 'm'],
  ['Emma', 'f'],
];
const lastNames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Weiß',
  'Groß',
  'Öztürk',
  'Nguyen',
  'Martin',
];
/** Jobs at a customer: the title for a man, for a woman, and the department. */
const roles: readonly [m: string, f: string, department: string][] = [
  ['Geschäftsführer', 'Geschäftsführerin', 'Geschäftsführung'],
  ['Leiter Einkauf', 'Leiterin Einkauf', 'Einkauf'],
  ['Strategischer Einkäufer', 'Strategische Einkäuferin', 'Einkauf'],
  ['Technischer Einkäufer', 'Technische Einkäuferin', 'Einkauf'],
  ['CFO', 'CFO', 'Finanzen'],
  ['Leiter IT', 'Leiterin IT', 'IT'],
  ['Leiter Logistik', 'Leiterin Logistik', 'Logistik'],
  ['Produktionsleiter', 'Produktionsleiterin', 'Produktion'],
  ['Qualitätsmanager', 'Qualitätsmanagerin', 'Qualität'],
  ['Head of Procurement', 'Head of Procurement', 'Procurement'],
  ['Assistenz der Geschäftsführung', 'Assistenz der Geschäftsführung', 'Geschäftsführung'],
];

/** A job by either of its titles, named by the title for a man. */
export function jobOfTitle(title: string): string {
  return roles.find(([m, f]) => m === title || f === title)?.[0] ?? title;
}

export interface DemoAccount {
  key: string;
  parentKey?: string;
  input: Omit<AccountCreate, 'parentId' | 'ownerId'>;
  /** Customers are looked after by an account manager until the head of sales decides otherwise. */
  ownerKind: 'am' | 'none';
  /** A customer that buys much more than its size suggests: group heads and about one in twelve others. */
  bigBuyer: boolean;
  contacts: Omit<ContactCreate, 'accountIds'>[];
}

function ascii(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '');
}

/** `count` accounts: about one in ten heads a group of two to five subsidiaries. */
export function demoAccounts(count: number, seed = 2026): DemoAccount[] {
  const rnd = random(seed);
  const accounts: DemoAccount[] = [];
  const usedNames = new Set<string>();
  let groupParent: { key: string; founder: string; remaining: number } | undefined;

  for (let index = 0; accounts.length < count; index++) {
    const place = rnd.pick(places);
    const [city, postalCode] = rnd.pick(place.cities);
    const industryKey = industryKeys[index % industryKeys.length] as string;
    const words = industryWords[industryKey] as { de: readonly string[]; en: readonly string[] };
    const german = ['DE', 'AT', 'CH'].includes(place.countryCode);
    const inGroup = groupParent && groupParent.remaining > 0;
    const founder = inGroup
      ? (groupParent as { founder: string }).founder
      : rnd.pick(german ? germanFounders : (foreignFounders[place.countryCode] ?? germanFounders));
    const word = rnd.pick(german ? words.de : words.en);
    const form = rnd.pick(legalForms[place.countryCode] ?? ['Ltd.']);
    const startsGroup = !inGroup && rnd.next() < 0.1;
    const name = startsGroup
      ? `${founder} ${german ? 'Holding' : 'Group'} ${form}`
      : `${founder} ${word} ${form}`;
    if (usedNames.has(name)) continue;
    usedNames.add(name);

    const size = rnd.next();
    const customerType = size < 0.3 ? 'corporation' : size < 0.9 ? 'sme' : 'public_sector';
    const status = rnd.next() < 0.8 ? 'customer' : rnd.next() < 0.6 ? 'prospect' : 'former_customer';
    const bigBuyer = status === 'customer' && (startsGroup || rnd.next() < 0.08);
    const key = `a${accounts.length}`;
    const domain = `${ascii(founder)}-${ascii(word)}.example`;
    const contactCount = rnd.between(3, 5);
    // Each job once per company: one CFO, one head of purchasing.
    const openRoles = [...roles];
    const contacts = Array.from({ length: contactCount }, (_, n) => {
      const [firstName, form] = rnd.pick(firstNames);
      const lastName = rnd.pick(lastNames);
      const [m, f, department] = openRoles.splice(
        Math.floor(rnd.next() * openRoles.length),
        1,
      )[0] as (typeof roles)[number];
      return {
        firstName,
        lastName,
        jobTitle: form === 'f' ? f : m,
        department,
        email: `${ascii(firstName)}.${ascii(lastName)}${n}@${domain}`,
        phones: [{ label: 'Büro', number: `+49 ${rnd.between(30, 999)} ${rnd.between(100000, 9999999)}` }],
        language: place.language === 'ja' || place.language === 'zh' ? 'en' : place.language,
      };
    });
    accounts.push({
      key,
      parentKey: inGroup ? groupParent?.key : undefined,
      input: {
        name,
        legalName: name,
        customerNumber: status === 'prospect' ? null : String(10_000 + accounts.length * 7),
        industryKey,
        customerType,
        countryCode: place.countryCode,
        region: place.region,
        language: place.language,
        website: `https://www.${domain}`,
        street: `${rnd.pick(['Hauptstraße', 'Industriestraße', 'Am Hafen', 'Gewerbepark', 'Königsallee'])} ${rnd.between(1, 120)}`,
        postalCode,
        city,
        lifecycleStatus: status,
        businessModel: `${name} ${german ? 'ist tätig im Bereich' : 'works in'} ${word}.`,
      },
      ownerKind: status === 'prospect' ? 'none' : 'am',
      bigBuyer,
      contacts,
    });
    if (startsGroup) groupParent = { key, founder, remaining: rnd.between(2, 5) };
    else if (inGroup && groupParent) groupParent.remaining--;
  }
  return accounts;
}

export const demoPassword = 'kontor-demo-2026';
export const demoWorkspaceName = 'Demo: Kontor Industrie GmbH';

/** One user per role, plus more sellers so that accounts spread over several owners. */
export const demoUsers = [
  { email: 'admin@kontor-demo.example', name: 'Alexandra Admin', role: 'admin' },
  { email: 'vertriebsleitung@kontor-demo.example', name: 'Henrike Vogel', role: 'head_of_sales' },
  { email: 'kam@kontor-demo.example', name: 'Konrad Albers', role: 'key_account_manager' },
  { email: 'kam2@kontor-demo.example', name: 'Miriam Östreicher', role: 'key_account_manager' },
  { email: 'kam3@kontor-demo.example', name: 'Tobias Reuß', role: 'key_account_manager' },
  { email: 'am@kontor-demo.example', name: 'Aylin Marx', role: 'account_manager' },
  { email: 'am2@kontor-demo.example', name: 'Jens Pohl', role: 'account_manager' },
  { email: 'intern@kontor-demo.example', name: 'Ines Terhorst', role: 'internal', team: 'Kundenservice' },
  { email: 'viewer@kontor-demo.example', name: 'Valentin Lesner', role: 'viewer' },
] as const;
