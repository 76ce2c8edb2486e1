import { parseInput } from '@sectorwars/platform';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import {
  AuthPayload,
  LoginInput,
  LogoutPayload,
  loginSchema,
  RefreshTokenInput,
  refreshTokenSchema,
} from './session.types';

@Resolver()
export class SessionResolver {
  @Mutation(() => AuthPayload, {
    description: 'Signs in. Errors: UNAUTHENTICATED (wrong email or password), RATE_LIMITED (too many failures).',
  })
  login(@Arg('input') input: LoginInput, @Ctx() ctx: IdentityContext): Promise<AuthPayload> {
    const { email, password } = parseInput(loginSchema, input);
    return ctx.services.sessions.login(email, password, ctx.ip);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Exchanges a refresh token for new tokens; the old one is spent. Reusing a spent token revokes the session. Errors: UNAUTHENTICATED.',
  })
  refreshSession(@Arg('input') input: RefreshTokenInput, @Ctx() ctx: IdentityContext): Promise<AuthPayload> {
    return ctx.services.sessions.refresh(parseInput(refreshTokenSchema, input).refreshToken);
  }

  @Mutation(() => LogoutPayload, { description: 'Ends the session of this refresh token (all its rotations).' })
  async logout(@Arg('input') input: RefreshTokenInput, @Ctx() ctx: IdentityContext): Promise<LogoutPayload> {
    return { revoked: await ctx.services.sessions.logout(parseInput(refreshTokenSchema, input).refreshToken) };
  }
}
