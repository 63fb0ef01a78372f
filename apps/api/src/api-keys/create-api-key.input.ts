import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SCOPES, type Scope } from '@app/domain';
import { NotBlank } from '../common/validators';

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'Who uses the key, e.g. "CMS ingest"' }) @IsString() @NotBlank() @MaxLength(200) name!: string;
  @Field(() => [String], { description: `Any of: ${SCOPES.join(', ')}` })
  @IsArray()
  @ArrayMinSize(1, { message: 'an API key needs at least one scope' })
  @ArrayMaxSize(SCOPES.length * 2)
  @IsIn(SCOPES, { each: true, message: `each scope must be one of: ${SCOPES.join(', ')}` })
  scopes!: Scope[];
  @Field(() => Date, { nullable: true }) @IsOptional() @Type(() => Date) @IsDate() expiresAt?: Date | null;
}
