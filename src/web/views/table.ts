/**
 * A data table. Every cell carries the name of its column, which a narrow screen, where the cells
 * of a row stack (layout.ts), shows above the cell: a stacked row still reads as names and values.
 */
import { type Html, html, type Value } from '../html.js';

/** A column: its heading, and the cell of a row. */
export type Column<T> = readonly [heading: string, cell: (row: T) => Value];

export function dataTable<T>(
  columns: readonly Column<T>[],
  rows: readonly T[],
  rowClass: (row: T) => string = () => '',
): Html {
  return html`<table>
    <thead>
      <tr>
        ${columns.map(([heading]) => html`<th scope="col">${heading}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => {
        const cls = rowClass(row);
        return html`<tr${cls ? html` class="${cls}"` : ''}>
          ${columns.map(([heading, cell]) => html`<td data-label="${heading}">${cell(row)}</td>`)}
        </tr>`;
      })}
    </tbody>
  </table>`;
}
