import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SEARCH_TEXT_LIMIT } from '@app/domain';

/** The most articles one page gives: a picker shows a handful, an integration pages through. */
export const ARTICLES_PAGE_MAX = 50;

@ArgsType()
export class ArticlesArgs {
  @Field(() => String, { nullable: true, description: 'Words to find in the title, URL or source: each word somewhere, in any order, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_TEXT_LIMIT)
  search?: string;

  @Field(() => Int, { defaultValue: 10, description: `At most ${ARTICLES_PAGE_MAX}` }) @IsInt() @Min(1) @Max(ARTICLES_PAGE_MAX) first = 10;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) after?: string;
}
