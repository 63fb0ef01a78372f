import { existsSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

// Pure path rules, apart from the plugin so unit tests load them without Fastify's ESM dependencies.

/** dist/review-ui, seen from the built dist/apps/api/src/review-ui/. */
export const DEFAULT_UI_DIR = resolve(__dirname, '..', '..', '..', '..', 'review-ui');

export const uiDir = (configured: string | null): string => resolve(configured ?? DEFAULT_UI_DIR);

/**
 * The file under `dir` a request path names, or null when there is none; never
 * a file outside `dir` (`..` and encoded tricks resolve outside and are refused).
 */
export function fileFor(dir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const full = resolve(dir, `.${decoded}`);
  if (!full.startsWith(dir + sep)) return null;
  return existsSync(full) && statSync(full).isFile() ? full.slice(dir.length + 1) : null;
}

/** Client routes (no file extension) get index.html; a missing asset is a plain 404. */
export const isClientRoute = (urlPath: string): boolean => extname(urlPath.split('?')[0] ?? '') === '';
