import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Players, refresh tokens and API keys. */
export class CreateIdentityTables1763769600000 implements MigrationInterface {
  name = 'CreateIdentityTables1763769600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE identity.players (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        handle varchar(24) NOT NULL CHECK (handle ~ '^[A-Za-z0-9_-]{3,24}$'),
        display_name varchar(48) NOT NULL CHECK (length(display_name) BETWEEN 1 AND 48),
        email varchar(254) NOT NULL CHECK (email = lower(email)),
        password_hash text NOT NULL,
        roles text[] NOT NULL DEFAULT '{PLAYER}' CHECK (roles <@ ARRAY['ADMIN', 'PLAYER']),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE UNIQUE INDEX players_email_key ON identity.players (email)');
    await db.query('CREATE UNIQUE INDEX players_handle_key ON identity.players (lower(handle))');
    await db.query(`
      CREATE TABLE identity.refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        player_id uuid NOT NULL REFERENCES identity.players (id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query('CREATE INDEX refresh_tokens_family_idx ON identity.refresh_tokens (family_id)');
    await db.query(`
      CREATE TABLE identity.api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        player_id uuid NOT NULL REFERENCES identity.players (id) ON DELETE CASCADE,
        name varchar(64) NOT NULL,
        prefix varchar(16) NOT NULL,
        key_hash char(64) NOT NULL UNIQUE,
        scopes text[] NOT NULL CHECK (scopes <@ ARRAY['read', 'write'] AND 'read' = ANY (scopes)),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query('CREATE INDEX api_keys_player_idx ON identity.api_keys (player_id, created_at DESC, id DESC)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE identity.api_keys');
    await db.query('DROP TABLE identity.refresh_tokens');
    await db.query('DROP TABLE identity.players');
  }
}
