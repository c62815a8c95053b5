/**
 * Two years of invoice lines for the demo's customers, as a German ERP exports them: UTF-8 with
 * BOM, `;`, decimal comma with thousands points, dates as DD.MM.YYYY. The demo imports the file
 * through the real import path, so what the analyses show is what an import of such a file shows.
 *
 * Revenue is concentrated as in real portfolios: a lognormal size per customer, larger for
 * corporations and big buyers, gives a few large customers and a long tail. Customers buy from
 * one to six product lines; cost of goods is booked except for service (margin where known);
 * some deliveries are credited back, large customers get a yearly bonus, US customers are
 * invoiced in dollars (reported by the analysis, not summed with euros).
 */
import { addDays } from '../core/calendar-day.ts';
import { csvEscape } from '../core/csv-escape.ts';
import { type DemoAccount, type Random, random } from './demo-data.ts';

export interface DemoCustomer {
  key: string;
  customerNumber: string;
  name: string;
  /** Net revenue of a year (the last twelve months, for current customers) in whole currency units. */
  annualRevenue: number;
  /** The last twelve months against the twelve before: 0.2 means a fifth more. */
  growth: number;
  currency: 'EUR' | 'USD';
  /** Former customers stopped buying on this day, in the first of the two years. */
  lastDay: string | null;
  productLines: readonly ProductLine[];
  /** Price reduction off the list price: large customers negotiate more. */
  discount: number;
}

interface ProductLine {
  name: string;
  /** Cost of goods as a share of net revenue; null: not booked on the invoice line. */
  costShare: number | null;
  products: readonly { name: string; priceCents: number; perHour?: boolean }[];
}

const productLines: readonly ProductLine[] = [
  {
    name: 'Antriebstechnik',
    costShare: 0.64,
    products: [
      { name: 'Getriebemotor GM-40', priceCents: 189_000 },
      { name: 'Servoantrieb SA-7', priceCents: 345_000 },
      { name: 'Frequenzumrichter FU-11', priceCents: 124_000 },
    ],
  },
  {
    name: 'Sensorik',
    costShare: 0.52,
    products: [
      { name: 'Drehmomentsensor DS-200', priceCents: 64_000 },
      { name: 'Lichtschranke LS-12', priceCents: 8_500 },
      { name: 'Drucksensor PS-5', priceCents: 21_000 },
    ],
  },
  {
    name: 'Steuerungstechnik',
    costShare: 0.58,
    products: [
      { name: 'Steuerung KX-500', priceCents: 490_000 },
      { name: 'E/A-Modul IO-16', priceCents: 38_000 },
      { name: 'Bedienpanel HMI-10', priceCents: 115_000 },
    ],
  },
  {
    name: 'Ersatzteile',
    costShare: 0.41,
    products: [
      { name: 'Lagersatz LS-40', priceCents: 4_500 },
      { name: 'Dichtungssatz DS-8', priceCents: 1_850 },
      { name: 'Zahnriemen ZR-1200', priceCents: 6_200 },
    ],
  },
  {
    name: 'Service & Wartung',
    costShare: null,
    products: [
      { name: 'Technikereinsatz (Stunde)', priceCents: 9_500, perHour: true },
      { name: 'Wartungsvertrag (Monat)', priceCents: 120_000 },
    ],
  },
  {
    name: 'Software',
    costShare: 0.12,
    products: [{ name: 'Lizenz Condition Monitoring (Jahr)', priceCents: 240_000 }],
  },
];

/** The products the demo's visits present: the catalogue's newest. */
export const presentedProducts = ['Steuerung KX-500', 'Servoantrieb SA-7', 'Lizenz Condition Monitoring'];

function shuffled<T>(items: readonly T[], rnd: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rnd.between(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const typeFactor = { corporation: 3, sme: 1, public_sector: 0.7 } as const;

/** Every demo account with a customer number, with its size, trend, currency and product mix. */
export function demoCustomers(accounts: readonly DemoAccount[], today: string, seed = 4711): DemoCustomer[] {
  const rnd = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd.next())) * Math.cos(2 * Math.PI * rnd.next());
  return accounts.flatMap((account) => {
    const { customerNumber, customerType, countryCode, lifecycleStatus, name } = account.input;
    if (!customerNumber) return [];
    const size = 18_000 * Math.exp(1.4 * normal()) * typeFactor[customerType ?? 'sme'];
    const annualRevenue = Math.round(Math.min(4_000_000, Math.max(1_500, size * (account.bigBuyer ? 6 : 1))));
    const breadth = Math.min(
      productLines.length,
      1 + Math.floor(rnd.next() * (annualRevenue > 200_000 ? 6 : 3)),
    );
    const order = shuffled(productLines, rnd);
    return [
      {
        key: account.key,
        customerNumber,
        name,
        annualRevenue,
        growth: Math.round((rnd.next() * 0.6 - 0.25 + (account.bigBuyer ? 0.08 : 0)) * 100) / 100,
        currency: countryCode === 'US' ? 'USD' : 'EUR',
        lastDay: lifecycleStatus === 'former_customer' ? addDays(today, -rnd.between(400, 640)) : null,
        productLines: order.slice(0, breadth),
        discount: annualRevenue > 500_000 ? 0.15 : annualRevenue > 100_000 ? 0.08 : 0.03,
      },
    ];
  });
}

interface Line {
  product: string;
  productLine: string | null;
  quantity: number | null;
  netCents: number;
  costCents: number | null;
}

interface Document {
  customer: DemoCustomer;
  day: string;
  credit: boolean;
  lines: Line[];
}

/** Invoices are written on working days: a weekend date moves back to Friday. */
function workingDay(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(day, -1) : weekday === 0 ? addDays(day, -2) : day;
}

function invoiceLines(customer: DemoCustomer, targetCents: number, rnd: Random): Line[] {
  const offer = customer.productLines.flatMap((line) => line.products.map((product) => ({ line, product })));
  const chosen = shuffled(offer, rnd).slice(0, rnd.between(1, Math.min(4, offer.length)));
  const weights = chosen.map(() => 0.2 + rnd.next());
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  return chosen.map(({ line, product }, index) => {
    const unitCents = product.priceCents * (1 - customer.discount);
    const share = (targetCents * (weights[index] as number)) / totalWeight;
    const quantity = product.perHour
      ? Math.max(0.5, Math.round((2 * share) / unitCents) / 2)
      : Math.max(1, Math.round(share / unitCents));
    const netCents = Math.round(quantity * unitCents);
    const costCents =
      line.costShare === null ? null : Math.round(netCents * line.costShare * (0.9 + rnd.next() * 0.2));
    return { product: product.name, productLine: line.name, quantity, netCents, costCents };
  });
}

/** A delivery sent back: part of one line, credited at its price and cost. */
function returnOf(line: Line, rnd: Random): Line {
  const quantity = Math.max(1, Math.floor((line.quantity ?? 1) * rnd.next()));
  const part = quantity / (line.quantity ?? 1);
  return {
    product: line.product,
    productLine: line.productLine,
    quantity: -quantity,
    netCents: -Math.round(line.netCents * part),
    costCents: line.costCents === null ? null : -Math.round(line.costCents * part),
  };
}

function documentsOf(customer: DemoCustomer, today: string, rnd: Random): Document[] {
  const documents: Document[] = [];
  const yesterday = addDays(today, -1);
  const invoicesPerYear = Math.min(160, Math.round(2 + Math.sqrt(customer.annualRevenue / 800)));
  const lastDay = customer.lastDay ?? yesterday;
  for (const year of [0, 1]) {
    const yearCents = (customer.annualRevenue * 100) / (year === 0 ? 1 + customer.growth : 1);
    const first = addDays(today, year === 0 ? -730 : -365);
    for (let n = 0; n < invoicesPerYear; n++) {
      const day = workingDay(addDays(first, rnd.between(0, 364)));
      if (day > lastDay) continue;
      const lines = invoiceLines(customer, (yearCents / invoicesPerYear) * (0.5 + rnd.next()), rnd);
      documents.push({ customer, day, credit: false, lines });
      const returned = rnd.next() < 0.03 ? rnd.pick(lines) : undefined;
      const creditDay = workingDay(addDays(day, rnd.between(7, 30)));
      if (returned && creditDay <= lastDay && (returned.quantity ?? 0) >= 1) {
        documents.push({ customer, day: creditDay, credit: true, lines: [returnOf(returned, rnd)] });
      }
    }
    // Large customers earn a yearly bonus, credited at the end of each of their years with us.
    const bonusDay = workingDay(addDays(first, 364));
    if (customer.annualRevenue >= 300_000 && bonusDay <= lastDay) {
      const netCents = -Math.round(yearCents * 0.015);
      const product = `Jahresbonus ${bonusDay.slice(0, 4)}`;
      documents.push({
        customer,
        day: bonusDay,
        credit: true,
        lines: [{ product, productLine: null, quantity: null, netCents, costCents: null }],
      });
    }
  }
  return documents;
}

/** 1234567 cents → "12.345,67". */
function germanAmount(cents: number): string {
  const whole = Math.floor(Math.abs(cents) / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${cents < 0 ? '-' : ''}${whole},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
}

function germanQuantity(quantity: number | null): string {
  if (quantity === null) return '';
  const [whole = '', fraction] = String(quantity).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

const germanDate = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

const header = [
  'Kundennummer',
  'Kunde',
  'Rechnungsdatum',
  'Belegnummer',
  'Artikel',
  'Warengruppe',
  'Menge',
  'Nettoumsatz',
  'Wareneinsatz',
  'Währung',
];

/**
 * The export of the two years up to yesterday, in date order, invoices (RE-) and credit notes
 * (GS-) numbered per calendar year as an ERP numbers them.
 */
export function revenueExport(customers: readonly DemoCustomer[], today: string, seed = 815) {
  const rnd = random(seed);
  const documents = customers
    .flatMap((customer) => documentsOf(customer, today, rnd))
    .map((document, order) => ({ document, order }))
    .sort((a, b) =>
      a.document.day === b.document.day ? a.order - b.order : a.document.day < b.document.day ? -1 : 1,
    )
    .map(({ document }) => document);
  const numbers = new Map<string, number>();
  const rows = [header.join(';')];
  for (const { customer, day, credit, lines } of documents) {
    const series = `${credit ? 'GS' : 'RE'}-${day.slice(0, 4)}`;
    const number = (numbers.get(series) ?? 0) + 1;
    numbers.set(series, number);
    for (const line of lines) {
      rows.push(
        [
          csvEscape(customer.customerNumber),
          csvEscape(customer.name),
          germanDate(day),
          `${series}-${String(number).padStart(5, '0')}`,
          csvEscape(line.product),
          csvEscape(line.productLine),
          germanQuantity(line.quantity),
          germanAmount(line.netCents),
          line.costCents === null ? '' : germanAmount(line.costCents),
          customer.currency,
        ].join(';'),
      );
    }
  }
  return { file: Buffer.from(`\uFEFF${rows.join('\r\n')}\r\n`, 'utf8'), lines: rows.length - 1 };
}
