import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, Length, MaxLength } from 'class-validator';
import { Role } from '@app/domain';
import { NotBlank } from '../common/validators';

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(320) email!: string;
  @Field() @IsString() @NotBlank() @MaxLength(200) name!: string;
  // bcrypt reads at most 72 bytes; a longer password would be silently truncated.
  @Field() @IsString() @Length(10, 72, { message: 'password must be 10 to 72 characters' }) password!: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
}
