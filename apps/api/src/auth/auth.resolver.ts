import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../common/decorators';
import { AuthPayloadModel } from './auth-payload.model';
import { AuthService } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayloadModel)
  login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayloadModel> {
    return this.auth.login(email, password);
  }
}
