import { Field, InputType } from 'type-graphql';
import { z } from 'zod';

/** Bounds of player fields (also enforced by the database where it can). */
export const HANDLE_PATTERN = /^[A-Za-z0-9_-]{3,24}$/;

export const registerPlayerSchema = z.object({
  handle: z.string().trim().regex(HANDLE_PATTERN, 'must be 3–24 characters: letters, digits, _ or -'),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'must be at most 254 characters')
    .pipe(z.email('must be an email address')),
  password: z.string().min(10, 'must be 10–128 characters').max(128, 'must be 10–128 characters'),
  displayName: z.string().trim().min(1, 'must be 1–48 characters').max(48, 'must be 1–48 characters'),
});
export type RegisterPlayer = z.infer<typeof registerPlayerSchema>;

@InputType({ description: 'A new player account.' })
export class RegisterPlayerInput {
  @Field({ description: 'Unique public name: 3–24 letters, digits, _ or -.' })
  handle: string;

  @Field({ description: 'Email address used to sign in; private.' })
  email: string;

  @Field({ description: 'Password, 10–128 characters.' })
  password: string;

  @Field({ description: 'Name shown to other players, 1–48 characters.' })
  displayName: string;
}
