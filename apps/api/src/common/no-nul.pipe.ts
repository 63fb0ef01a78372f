import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { badInput } from '@app/domain';

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((v) => hasNul(v, depth + 1));
}

/**
 * Postgres text cannot hold a NUL character; refuse it up front with a clear
 * BAD_USER_INPUT instead of failing half-way through a write.
 */
@Injectable()
export class NoNulPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (hasNul(value)) throw badInput(`${metadata.data ?? 'input'} must not contain NUL (\\u0000) characters`);
    return value;
  }
}
