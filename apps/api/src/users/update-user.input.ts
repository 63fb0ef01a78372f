import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Role } from '@app/domain';
import { NotBlank } from '../common/validators';

/** The fields to change; at least one (the service says so when none is given). */
@InputType()
export class UpdateUserInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @NotBlank() @MaxLength(200) name?: string;
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;
}
