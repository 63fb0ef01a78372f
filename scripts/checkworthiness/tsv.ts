// The one place that reads the check-worthiness TSV formats. About half of the
// Text fields in the CheckThat! files are CSV-quoted, so every reader goes
// through `unquoteField` after splitting on tabs.

/** A sentence with an optional gold label (null when the file has none). */
export interface LabelledSentence {
  id: string;
  text: string;
  label: boolean | null;
}

/** One line of a CheckThat! 2019 debate transcript. */
export interface DebateLine {
  line: number;
  speaker: string;
  text: string;
  label: boolean;
}

/** Strips CSV quoting: `"a ""b"" c"` → `a "b" c`; anything else is returned as is. */
export function unquoteField(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) {
    return field.slice(1, -1).replace(/""/g, '"');
  }
  return field;
}

/** Splits on tabs and unquotes each field; tolerates a trailing CR (the dev files are CRLF). */
export function splitTsvLine(line: string): string[] {
  const clean = line.endsWith('\r') ? line.slice(0, -1) : line;
  return clean.split('\t').map(unquoteField);
}

/** A header names its columns instead of holding an id and a sentence. */
export function isHeaderRow(fields: readonly string[]): boolean {
  const first = (fields[0] ?? '').trim();
  const second = (fields[1] ?? '').trim().toLowerCase();
  return second === 'text' || /^(sentence_?id|id|line(_?number)?)$/i.test(first);
}

/** Parses a gold label: Yes/No (CheckThat! 2024) or 1/0 (2019); null when absent or unknown. */
export function parseLabel(raw: string | undefined): boolean | null {
  const v = (raw ?? '').trim().toLowerCase();
  if (v === 'yes' || v === '1') return true;
  if (v === 'no' || v === '0') return false;
  return null;
}

function contentLines(content: string): string[] {
  return content.split('\n').filter((l) => l.trim() !== '');
}

/**
 * Parses `Sentence_id<TAB>Text[<TAB>label]` lines; a header line, if first, is skipped.
 * A text that itself contains tabs keeps them (everything between the id and a final label).
 */
export function parseSentenceTsv(content: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  contentLines(content).forEach((line, i) => {
    const fields = splitTsvLine(line);
    if (i === 0 && isHeaderRow(fields)) return;
    const id = fields[0] ?? '';
    if (fields.length >= 3) {
      const label = parseLabel(fields[fields.length - 1]);
      if (label !== null) {
        out.push({ id, text: fields.slice(1, -1).join('\t'), label });
        return;
      }
    }
    out.push({ id, text: fields.slice(1).join('\t'), label: null });
  });
  return out;
}

/** Parses a 2019 debate: `line<TAB>speaker<TAB>text<TAB>0/1`, no header. */
export function parseDebateTsv(content: string): DebateLine[] {
  return contentLines(content).map((line) => {
    const fields = splitTsvLine(line);
    return {
      line: Number(fields[0]),
      speaker: fields[1] ?? '',
      text: fields.slice(2, -1).join('\t'),
      label: parseLabel(fields[fields.length - 1]) === true,
    };
  });
}
