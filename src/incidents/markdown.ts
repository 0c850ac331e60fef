/**
 * Markdown for Bugzilla from people's text: what they typed shows as typed, never as formatting,
 * and a value with a pipe or a line break cannot break the table or the list it sits in.
 */

/** Characters CommonMark would read as markup anywhere in a line, and the ones that end a table cell. */
const INLINE = /[\\`*_[\]<>|~]/g;
/** At the start of a line these begin a heading, a quote, a list item or a rule. */
const LINE_START = /^(\s*)([#>+-]|\d+[.)])/;

export function escapeMarkdown(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE, (c) => `\\${c}`)
        .replace(LINE_START, (_m, space: string, mark: string) => `${space}\\${mark}`),
    )
    .join('\n');
}

/** A field's value inside a list item: its further lines indented to stay in the item. */
export function fieldValue(value: string, indent: string): string {
  return escapeMarkdown(value.trim()).split('\n').join(`\n${indent}`);
}

/** A table cell: escaped, one line (line breaks as <br>, which Bugzilla's Markdown keeps in a cell). */
export function cell(value: string): string {
  return escapeMarkdown(value.trim()).split('\n').join('<br>');
}

export function table(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
}
