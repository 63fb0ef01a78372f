import { applyDecorators } from '@nestjs/common';
import { IsString, Length, ValidateBy, type ValidationOptions } from 'class-validator';
import { MAX_URL_LENGTH } from '@app/domain';

/** A string with something other than white space in it. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: (args) => `${args?.property ?? 'value'} must not be empty or white space`,
      },
    },
    options,
  );
}

/** An absolute http(s) URL (other schemes are refused). */
export function IsHttpUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isHttpUrl',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return false;
          try {
            const u = new URL(value);
            return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
          } catch {
            return false;
          }
        },
        defaultMessage: (args) => `${args?.property ?? 'url'} must be an absolute http(s) URL`,
      },
    },
    options,
  );
}

/**
 * A new password: 10 to 72 characters (bcrypt reads at most 72 bytes; a
 * longer password would be silently truncated). Every input that sets one uses this.
 */
export function IsPassword(): PropertyDecorator {
  return applyDecorators(IsString(), Length(10, 72, { message: '$property must be 10 to 72 characters' }));
}
