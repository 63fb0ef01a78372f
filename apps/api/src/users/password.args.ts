import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { IsPassword } from '../common/validators';

@ArgsType()
export class ChangePasswordArgs {
  // Only compared with the stored hash: any length bcrypt reads is fine.
  @Field() @IsString() @MaxLength(200) currentPassword!: string;
  @Field() @IsPassword() newPassword!: string;
}

@ArgsType()
export class ResetUserPasswordArgs {
  @Field(() => ID) @IsString() id!: string;
  @Field() @IsPassword() password!: string;
}
