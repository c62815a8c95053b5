import { hash } from 'node:crypto';
import type { RevenueLine } from './parsing/index.ts';

/**
 * How Kontor recognises an invoice line it has imported before, so that re-importing a file or an
 * overlapping export adds nothing twice.
 *
 * A line's content is its customer number, date, document number, product, product line,
 * quantity, net revenue, cost and currency. Its fingerprint is the MD5 of that content for the
 * first line of a file with this content, and MD5('<content hash>:<n>') for the n-th identical
 * line (two identical lines on one invoice are two lines; the commit numbers them in file order).
 *
 * The content is written as PostgreSQL writes it in
 * `concat_ws('|', quote_nullable(customer_number), quote_nullable(invoice_date), …)`, the form
 * used before the hash moved from SQL to the check, so that lines imported earlier keep their
 * fingerprints (migration 0005 converted them).
 */
export function contentHash(line: RevenueLine): string {
  const content = [
    quoteNullable(line.customerNumber),
    quoteNullable(line.invoiceDate),
    quoteNullable(line.documentNumber),
    quoteNullable(line.product),
    quoteNullable(line.productLine),
    quoteNullable(line.quantity === null ? null : numericText(line.quantity)),
    quoteNullable(String(line.netRevenueCents)),
    quoteNullable(line.costOfGoodsCents === null ? null : String(line.costOfGoodsCents)),
    quoteNullable(line.currency),
  ].join('|');
  return hash('md5', content, 'hex');
}

const needsEscape = /['\\]/;

/** PostgreSQL's quote_nullable: NULL unquoted, else quoted, with E'' when a backslash is doubled. */
function quoteNullable(text: string | null): string {
  if (text === null) return 'NULL';
  if (!needsEscape.test(text)) return `'${text}'`;
  const quoted = `'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  return text.includes('\\') ? `E${quoted}` : quoted;
}

/** A number as PostgreSQL's numeric prints it: plain digits, never an exponent ("1e-7" → "0.0000001"). */
export function numericText(value: number): string {
  const text = String(value);
  if (!text.includes('e')) return text;
  const [mantissa = '', exponentText = '0'] = text.split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const [whole = '', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const plain =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${plain}` : plain;
}
