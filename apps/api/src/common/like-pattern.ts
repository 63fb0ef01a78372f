/** An ILIKE pattern matching the text anywhere, with LIKE's own wildcards (and its escape, `\`) taken literally. */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}
