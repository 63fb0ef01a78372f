/** An ILIKE pattern matching the text anywhere, with LIKE's own wildcards (and its escape, `\`) taken literally. */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** The words of a search box: each must be found somewhere, in any order (claims and articles search alike). */
export function searchWords(text: string | null | undefined): string[] {
  return text?.trim().split(/\s+/).filter(Boolean) ?? [];
}
