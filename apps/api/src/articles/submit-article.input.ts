import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsHttpUrl, NotBlank } from '../common/validators';

@InputType()
export class SubmitArticleInput {
  @Field() @IsString() @NotBlank() @MaxLength(1000) title!: string;
  // The byte limit (MAX_ARTICLE_BYTES) is checked by the service, which knows the configuration.
  @Field() @IsString() @NotBlank() body!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsHttpUrl() url?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) source?: string | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() publishedAt?: Date | null;
}
