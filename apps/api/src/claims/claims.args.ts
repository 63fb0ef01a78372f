import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ClaimStatus, Rating, SEARCH_TEXT_LIMIT } from '@app/domain';

@InputType()
export class ClaimFilter {
  @Field(() => ClaimStatus, { nullable: true }) @IsOptional() @IsEnum(ClaimStatus) status?: ClaimStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'articleId must be an id' }) articleId?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(1) minScore?: number;
  @Field(() => String, { nullable: true, description: 'Words to find in the claim text or claimant' }) @IsOptional() @IsString() @MaxLength(SEARCH_TEXT_LIMIT) search?: string;
  @Field(() => String, { nullable: true, description: 'Words to find in the claimant' }) @IsOptional() @IsString() @MaxLength(SEARCH_TEXT_LIMIT) claimant?: string;
  // The published rating only: it is public anyway, so the filter reveals no reviewer's verdict to a claims:read key.
  @Field(() => Rating, { nullable: true, description: 'Rating of the live publication' }) @IsOptional() @IsEnum(Rating) rating?: Rating;
  @Field(() => Date, { nullable: true, description: 'Extracted at or after' }) @IsOptional() @Type(() => Date) @IsDate() createdFrom?: Date;
  @Field(() => Date, { nullable: true, description: 'Extracted before' }) @IsOptional() @Type(() => Date) @IsDate() createdTo?: Date;
}

@ArgsType()
export class ClaimsArgs {
  @Field(() => ClaimFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ClaimFilter) filter?: ClaimFilter;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) first = 20;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) after?: string;
}
