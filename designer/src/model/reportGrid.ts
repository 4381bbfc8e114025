// The preview's table, React-free: header cells placed on a grid so a renderer writes each once with its spans, and
// numbers formatted as the workbook shows them.

export interface GridHeaderCell { row: number; column: number; rowSpan: number; columnSpan: number; text: string; note: string | null }

/** The header cells of each header row, left to right: a merged cell appears only in the row where it starts. */
export function headerRows(cells: GridHeaderCell[], rows: number): GridHeaderCell[][] {
  const result: GridHeaderCell[][] = Array.from({ length: rows }, () => []);
  for (const c of cells) if (c.row < rows) result[c.row].push(c);
  for (const r of result) r.sort((a, b) => a.column - b.column);
  return result;
}

/** 1,234 / 1,234.50 / 85.3% — as the workbook's number formats show the value; empty for none. */
export function formatValue(value: number | null, format: 'integer' | 'decimal' | 'percent'): string {
  if (value === null || value === undefined) return '';
  if (format === 'percent') return `${(value * 100).toFixed(1)}%`;
  const digits = format === 'decimal' ? 2 : 0;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The current month as yyyy-MM in local time. */
export function thisMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
