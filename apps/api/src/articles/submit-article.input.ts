import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { parseIsoDateTime } from '@app/domain';
import { IsHttpUrl, NotBlank } from '../common/validators';

@InputType()
export class SubmitArticleInput {
  @Field() @IsString() @NotBlank() @MaxLength(1000) title!: string;
  // The byte limit (MAX_ARTICLE_BYTES) is checked by the service, which knows the configuration.
  @Field() @IsString() @NotBlank() body!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsHttpUrl() url?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) source?: string | null;
  // GraphQL hands over a Date (the DateTime scalar parsed it); an NDJSON line, text, read here by the same rule.
  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === null || value === undefined || value instanceof Date ? value : (parseIsoDateTime(value) ?? value)))
  @IsDate({ message: 'publishedAt must be an ISO 8601 date or date-time, e.g. 2025-03-06T09:00:00Z' })
  publishedAt?: Date | null;
}
