/** CSV as RFC 4180 defines it: CRLF after every record, quotes only where a field needs them. */

const NEEDS_QUOTES = /[",\r\n]/;

export function csvRecord(fields: readonly string[]): string {
  return `${fields.map((f) => (NEEDS_QUOTES.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',')}\r\n`;
}

/**
 * Reads CSV text into records. Accepts CRLF or LF line ends and a missing final line end; a blank
 * line is skipped. Throws on a quote inside an unquoted field or an unterminated quoted field.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' && field === '') {
      const close = closingQuote(text, i + 1);
      field = text.slice(i + 1, close).replaceAll('""', '"');
      i = close + 1;
      if (i < text.length && !/[,\r\n]/.test(text[i] as string))
        throw new SyntaxError(`CSV: text after a closing quote at character ${i}`);
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else if (c === '"') {
      throw new SyntaxError(`CSV: quote inside an unquoted field at character ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i++;
    else return i;
  }
  throw new SyntaxError(`CSV: unterminated quoted field from character ${from - 1}`);
}
