import { ConnectionType } from '@sectorwars/platform';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ApiKey, ApiKeyScope } from './api-key.entity';

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field({ description: 'Label, 1–64 characters.' })
  name: string;

  @Field(() => [ApiKeyScope], { description: 'Permissions: [READ] for read-only, [READ, WRITE] to run mutations.' })
  scopes: ApiKeyScope[];
}
export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, 'must be 1–64 characters').max(64, 'must be 1–64 characters'),
  scopes: z
    .array(z.enum(ApiKeyScope))
    .min(1, 'must contain READ')
    .refine((s) => s.includes(ApiKeyScope.READ), 'must contain READ'),
});

@ObjectType({ description: 'A created API key, with its secret.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { description: 'The stored key (without its secret).' })
  apiKey: ApiKey;

  @Field({ description: 'The key itself. Shown only now: store it safely. Send it as `X-API-Key: <key>`.' })
  secret: string;
}

@InputType({ description: 'The API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'Key id.' })
  id: string;
}
export const revokeApiKeySchema = z.object({ id: z.uuid('must be a key id (UUID)') });

@ObjectType({ description: 'Result of `revokeApiKey`.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { description: 'The key, now revoked.' })
  apiKey: ApiKey;
}

@ObjectType({ description: 'A page of API keys.' })
export class ApiKeyConnection extends ConnectionType(ApiKey) {}
