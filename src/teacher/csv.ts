// CSV export that spreadsheets open cleanly: UTF-8 with a byte-order mark (so Excel reads
// Armenian and Cyrillic as UTF-8), CRLF line ends, and RFC 4180 quoting.

export const BOM = '\uFEFF';

/** Quotes a field when it holds a comma, quote, line break or leading/trailing space. */
export function csvField(value: string | number): string {
  let s = String(value);
  // A leading = + - @ makes spreadsheets run the cell as a formula; a quote mark defuses it.
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `${BOM}${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
