import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, MaxLength } from 'class-validator';
import { Role } from '@app/domain';
import { IsPassword, NotBlank } from '../common/validators';

@InputType()
export class CreateUserInput {
  @Field() @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(320) email!: string;
  @Field() @IsString() @NotBlank() @MaxLength(200) name!: string;
  @Field() @IsPassword() password!: string;
  @Field(() => Role) @IsEnum(Role) role!: Role;
}
