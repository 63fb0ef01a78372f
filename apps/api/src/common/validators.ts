import { applyDecorators } from '@nestjs/common';
import { IsString, ValidateBy, type ValidationOptions } from 'class-validator';
import { MAX_URL_LENGTH, passwordProblem } from '@app/domain';

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

/** A new password, as `passwordProblem` (shared with the review UI's forms) allows. Every input that sets one uses this. */
export function IsPassword(): PropertyDecorator {
  return applyDecorators(
    IsString(),
    ValidateBy({
      name: 'isPassword',
      validator: {
        // Not a string: IsString says so.
        validate: (value: unknown) => typeof value !== 'string' || passwordProblem(value) === null,
        // The field's name first: the UI reads it to mark the field (badField).
        defaultMessage: (args) => `${args?.property ?? 'password'} ${passwordProblem(String(args?.value ?? ''))}`,
      },
    }),
  );
}
