import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { badInput } from '@app/domain';

// A UTF-16 surrogate without its other half: not a character, and not encodable as UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * What makes a value (or any string inside it) unstorable: NUL, which Postgres
 * refuses, or a lone surrogate, which is not Unicode at all; null when it is fine.
 * The one rule for GraphQL arguments (the pipe below) and NDJSON lines (bulk ingest).
 */
export function unstorableText(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return 'must not contain NUL (\\u0000) characters';
    if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it holds a lone surrogate)';
    return null;
  }
  if (depth > 20 || value === null || typeof value !== 'object') return null;
  for (const v of Object.values(value as Record<string, unknown>)) {
    const p = unstorableText(v, depth + 1);
    if (p) return p;
  }
  return null;
}

/**
 * Text that Postgres cannot store (NUL) or that is not Unicode at all (lone
 * surrogates, which also crash some validators) is refused up front with a
 * clear BAD_USER_INPUT, before validation and long before any write.
 */
@Injectable()
export class TextInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Only what the client sent (GraphQL args arrive as 'body'); custom parameters are the server's own
    // values (the parent object, the loaders, the principal), and walking them costs a lot per field.
    if (metadata.type === 'custom') return value;
    const p = unstorableText(value);
    if (p) throw badInput(`${metadata.data ?? 'input'} ${p}`);
    return value;
  }
}
