import { Field, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { Player } from '../player/player.entity';

@ObjectType({ description: 'Tokens of a signed-in session.' })
export class AuthPayload {
  @Field({ description: 'JWT access token (ES256, 15 minutes). Send as `Authorization: Bearer <token>`.' })
  accessToken: string;

  @Field({ description: 'When the access token expires.' })
  accessTokenExpiresAt: Date;

  @Field({
    description:
      'Opaque refresh token (30 days). Exchange it with `refreshSession`; each use returns a new one and spends the old. Reusing a spent one ends the session.',
  })
  refreshToken: string;

  @Field({ description: 'When the refresh token expires.' })
  refreshTokenExpiresAt: Date;

  @Field(() => Player, { description: 'The signed-in player.' })
  player: Player;
}

@InputType({ description: 'Credentials to sign in with.' })
export class LoginInput {
  @Field({ description: 'Email address of the account.' })
  email: string;

  @Field({ description: 'Password of the account.' })
  password: string;
}
export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'is required'),
  password: z.string().min(1, 'is required'),
});

@InputType({ description: 'A refresh token to exchange or revoke.' })
export class RefreshTokenInput {
  @Field({ description: 'The refresh token from `login`, `registerPlayer` or the last `refreshSession`.' })
  refreshToken: string;
}
export const refreshTokenSchema = z.object({ refreshToken: z.string().min(1, 'is required').max(200, 'is too long') });

@ObjectType({ description: 'Result of `logout`.' })
export class LogoutPayload {
  @Field({ description: 'True when a live session was ended; false when the token was unknown or already ended.' })
  revoked: boolean;
}
