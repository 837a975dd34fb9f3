import type { Line } from './line-break.ts';
import type { NoticeTable } from './types.ts';
import { BODY, PAGE, TEXT_WIDTH, type LineStyle, type Writer } from './writer.ts';

const PAD_X = 4;
const PAD_Y = 2;
/** Space under a table, so a note after it does not touch it. */
const PAD_AFTER = 6;

interface Row {
  cells: Line[][];
  height: number;
}

/**
 * Draws a table across the text width: the caption, the heading row, then the rows. A table that
 * fits on a page starts on a new page rather than split; a longer one starts a page when a row
 * does not fit, repeating the heading row at its top.
 * @example drawTable(writer, { kind: 'table', columns: [{ title: '序号' }], rows: [['1']] })
 */
export function drawTable(writer: Writer, table: NoticeTable): void {
  const size = table.fontSize ?? 12;
  const cell: LineStyle = { face: 'regular', size, pitch: size * 1.5, align: 'left' };
  const head: LineStyle = { ...cell, face: 'bold', align: 'center' };
  const total = table.columns.reduce((sum, c) => sum + (c.width ?? 1), 0);
  const widths = table.columns.map((c) => (TEXT_WIDTH * (c.width ?? 1)) / total);
  const layout = (texts: readonly string[], style: LineStyle): Row => {
    const cells = widths.map((w, i) => writer.lines(texts[i] ?? '', style, w - 2 * PAD_X));
    const height = Math.max(...cells.map((lines) => lines.length)) * style.pitch + 2 * PAD_Y;
    return { cells, height };
  };
  const header = layout(
    table.columns.map((c) => c.title),
    head,
  );
  const rows = table.rows.map((texts) => layout(texts, cell));

  const drawRow = (row: Row, style: LineStyle, isHeader: boolean) => {
    let x = PAGE.left;
    row.cells.forEach((lines, i) => {
      const width = widths[i]!;
      const align = isHeader ? 'center' : (table.columns[i]!.align ?? 'left');
      // Cells shorter than their row sit in its middle.
      let top = writer.y + PAD_Y + (row.height - 2 * PAD_Y - lines.length * style.pitch) / 2;
      for (const line of lines) {
        writer.drawLine(line, { ...style, align }, x + PAD_X, width - 2 * PAD_X, top);
        top += style.pitch;
      }
      writer.doc.lineWidth(0.75).strokeColor('black').rect(x, writer.y, width, row.height).stroke();
      x += width;
    });
    writer.y += row.height;
  };

  const captionHeight = table.caption ? BODY.pitch : 0;
  const whole = captionHeight + header.height + rows.reduce((sum, row) => sum + row.height, 0);
  // A table that fits on a page is not split; a longer one starts with at least one row.
  writer.ensure(
    whole <= PAGE.bottom - PAGE.top
      ? whole
      : captionHeight + header.height + (rows[0]?.height ?? 0),
  );
  if (table.caption) {
    writer.paragraph(table.caption, { face: 'bold', ...BODY, align: 'center' });
  }
  drawRow(header, head, true);
  for (const row of rows) {
    if (row.height > writer.room() + 0.01) {
      writer.newPage();
      drawRow(header, head, true);
    }
    drawRow(row, cell, false);
  }
  writer.y += PAD_AFTER;
}
