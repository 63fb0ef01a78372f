import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Rating, VERDICT_LIMITS } from '@app/domain';
import { IsHttpUrl, NotBlank } from '../common/validators';

@InputType()
export class SourceInput {
  @Field() @IsHttpUrl() url!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(VERDICT_LIMITS.sourceTitle) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(VERDICT_LIMITS.sourcePublisher) publisher?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(VERDICT_LIMITS.sourceExcerpt) excerpt?: string | null;
}

@InputType()
export class SubmitVerdictInput {
  @Field(() => ID) @IsString() assignmentId!: string;
  @Field(() => Rating) @IsEnum(Rating) rating!: Rating;
  @Field() @IsString() @NotBlank() @MaxLength(VERDICT_LIMITS.rationale) rationale!: string;
  @Field(() => [SourceInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'a verdict needs at least one source' })
  @ArrayMaxSize(VERDICT_LIMITS.sources)
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  sources!: SourceInput[];
}
