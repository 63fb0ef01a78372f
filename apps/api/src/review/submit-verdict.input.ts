import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Rating } from '@app/domain';
import { IsHttpUrl, NotBlank } from '../common/validators';

@InputType()
export class SourceInput {
  @Field() @IsHttpUrl() url!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) publisher?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) excerpt?: string | null;
}

@InputType()
export class SubmitVerdictInput {
  @Field(() => ID) @IsString() assignmentId!: string;
  @Field(() => Rating) @IsEnum(Rating) rating!: Rating;
  @Field() @IsString() @NotBlank() @MaxLength(20000) rationale!: string;
  @Field(() => [SourceInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'a verdict needs at least one source' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  sources!: SourceInput[];
}
