import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { Rating, VERDICT_LIMITS } from '@app/domain';
import { NotBlank } from '../common/validators';

@InputType()
export class ResolveDisputeInput {
  @Field(() => ID) @IsString() claimId!: string;
  @Field(() => Rating) @IsEnum(Rating) rating!: Rating;
  @Field() @IsString() @NotBlank() @MaxLength(VERDICT_LIMITS.rationale) rationale!: string;
  @Field(() => ID, { nullable: true, description: 'The reviewer verdict this decision takes over, if any (its rating must match)' })
  @IsOptional()
  @IsString()
  verdictId?: string | null;
  @Field(() => Int, { nullable: true, description: 'The claim version you saw; a stale one is refused with CONFLICT' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}
