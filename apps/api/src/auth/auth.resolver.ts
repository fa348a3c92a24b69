import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { toUserModel, UserModel } from '../users/user.model';
import { AuthPayloadModel } from './auth-payload.model';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';
import { SESSION_COOKIE } from './session-token';
import { userById } from '../users/user.loaders';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user; null for guests' })
  async me(@Ctx() ctx: GqlContext): Promise<UserModel | null> {
    if (!ctx.viewer) return null;
    const user = await ctx.loaders.get(userById).load(ctx.viewer.id);
    return user ? toUserModel(user) : null;
  }

  @Mutation(() => UserModel, { description: 'Registers a PENDING account; a moderator approves it' })
  async register(@Args('input') input: RegisterInput, @Ctx() ctx: GqlContext): Promise<UserModel> {
    return toUserModel(await this.auth.register(input, ctx.req.ip ?? 'unknown'));
  }

  @Mutation(() => AuthPayloadModel, {
    description: 'Signs in: sets the httpOnly session cookie and returns a token',
  })
  async login(@Args('input') input: LoginInput, @Ctx() ctx: GqlContext): Promise<AuthPayloadModel> {
    const { token, user, expiresAt } = await this.auth.login(input, ctx.req.ip ?? 'unknown');
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
      path: '/',
      expires: expiresAt,
    });
    return { token, user: toUserModel(user), expiresAt };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (cookie or bearer token)' })
  async logout(@Ctx() ctx: GqlContext): Promise<boolean> {
    await this.auth.logout(ctx.viewer);
    ctx.res.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
    });
    return true;
  }
}
