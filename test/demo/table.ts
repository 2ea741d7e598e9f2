/**
 * A plain-text table for a terminal: aligned columns, the first and last rows of a long list and
 * a line saying how many were left out between them.
 */
export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row, index: number) => string;
  /** Numbers read best right-aligned. Default 'left'. */
  readonly align?: 'left' | 'right';
}

export interface TableOptions {
  /** Rows shown from each end; the middle is summarised. Default 3. */
  readonly edge?: number;
  /** Prefix of every line. Default two spaces. */
  readonly indent?: string;
}

export function formatTable<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  options: TableOptions = {},
): string[] {
  const edge = options.edge ?? 3;
  const indent = options.indent ?? '  ';
  const shown =
    rows.length <= edge * 2 + 1
      ? rows.map((row, index) => ({ row, index }))
      : [...head(rows, edge), ...tail(rows, edge)];
  const cells = shown.map(({ row, index }) => columns.map((column) => oneLine(column.value(row, index))));
  const widths = columns.map((column, position) =>
    Math.max(column.header.length, ...cells.map((line) => line[position]?.length ?? 0)),
  );
  const render = (values: readonly string[]): string =>
    indent +
    values
      .map((value, position) => pad(value, widths[position] ?? 0, columns[position]?.align))
      .join('  ')
      .trimEnd();
  const lines = [render(columns.map((column) => column.header)), render(widths.map((width) => '-'.repeat(width)))];
  cells.forEach((line, position) => {
    lines.push(render(line));
    if (position === edge - 1 && shown.length < rows.length)
      lines.push(`${indent}... ${rows.length - shown.length} more rows ...`);
  });
  return lines;
}

function head<Row>(rows: readonly Row[], count: number): { row: Row; index: number }[] {
  return rows.slice(0, count).map((row, index) => ({ row, index }));
}

function tail<Row>(rows: readonly Row[], count: number): { row: Row; index: number }[] {
  return rows.slice(-count).map((row, offset) => ({ row, index: rows.length - count + offset }));
}

function pad(value: string, width: number, align: 'left' | 'right' = 'left'): string {
  return align === 'right' ? value.padStart(width) : value.padEnd(width);
}

/** A cell is one line: an API string holding a line break must not break the table. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ');
}
