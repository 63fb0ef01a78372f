import type { Span } from './clean';

const LEADING_QUOTES = /^["“«„‘]+/;
const TRAILING_QUOTES = /["”»]+$/;

/**
 * The claim's text: the statement's words as written (the attribution frame,
 * wrapping quotation marks and the closing full stop or comma removed, runs of
 * whitespace collapsed). The first letter keeps its case from the body, so a
 * statement lifted out of "He said the use of …" starts in lower case.
 */
export function claimText(body: string, content: readonly Span[]): string {
  // Most statements are one plain stretch of text: no quotes, no line breaks.
  if (content.length === 1) {
    const raw = body.slice(content[0].start, content[0].end);
    if (!PLAIN_BLOCKERS.test(raw)) return stripEnd(stripStart(raw));
  }
  let text = content
    .map((s) => body.slice(s.start, s.end))
    .map((piece) => piece.replace(/\s+/g, ' ').trim().replace(LEADING_QUOTES, '').replace(TRAILING_QUOTES, '').replace(/[\s,;:–—-]+$/, ''))
    .filter((p) => p.length > 0)
    .join(' ');
  text = stripStart(text);
  // One trailing full stop goes (an ellipsis stays); so do quotes left inside it.
  text = text.replace(/([^.])\.["”»]*$/, '$1').replace(/[,;:]["”»]*$/, '').replace(TRAILING_QUOTES, '');
  // Unbalanced quotation marks left over from a quote cut by the frame.
  if (countOf(text, '"') % 2 === 1) text = text.replace('"', '');
  if (countOf(text, '“') > countOf(text, '”')) text = text.replace('“', '');
  if (countOf(text, '”') > countOf(text, '“')) text = text.replace(/”([^”]*)$/, '$1');
  return text.trim();
}

const PLAIN_BLOCKERS = /["“”«»„‘\s]{2}|["“”«»„‘\n\r\t\u00a0]/;

/** Drop a leading "that" and a comma left by the frame ("warn that, if emissions …" → "if emissions …"). */
function stripStart(s: string): string {
  return s.replace(LEADING_FRAME_REST, '');
}

const LEADING_FRAME_REST = /^(that\s+)?([,;:]\s*)?/;

/** Drop trailing commas, colons, dashes and one full stop (an ellipsis stays). */
function stripEnd(s: string): string {
  let end = s.length;
  while (end > 0 && ',;:–—- '.includes(s[end - 1])) end--;
  if (end > 1 && s[end - 1] === '.' && s[end - 2] !== '.') end--;
  while (end > 0 && ',;:–—- '.includes(s[end - 1])) end--;
  return s.slice(0, end).trimStart();
}

function countOf(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
