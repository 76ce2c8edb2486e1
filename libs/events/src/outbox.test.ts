/** The outbox's SQL-built envelopes (`eventCtes`) are the same CloudEvents the JS path writes. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '@sectorwars/testing';
import type { DataSource } from 'typeorm';
import { contractEvent, openContractDatabase } from './contract/fixture';
import { parseEnvelope, validateData } from './envelope';
import { Outbox } from './outbox';

let db: TestDatabase;
let dataSource: DataSource;
before(async () => {
  db = await createTestDatabase();
  dataSource = await openContractDatabase(db.url, true);
});
after(async () => {
  await dataSource?.destroy();
  await db?.drop();
});

test('eventCtes stores, in one statement, envelopes that parse and validate like Outbox.publish ones', async () => {
  const definition = contractEvent('sqlbuilt');
  const outbox = new Outbox('contract', 'sectorwars.test');
  const ctes = outbox.eventCtes(definition, {
    name: 'published',
    from: 'src',
    subject: "'subject-' || src.n",
    data: "json_build_object('seq', src.n, 'note', 'from SQL')",
    firstParam: 1,
  });
  const [row] = await dataSource.query(
    `WITH src AS (SELECT generate_series(1, 3) AS n), ${ctes.sql} SELECT (SELECT count(*)::int FROM published) AS n`,
    ctes.params,
  );
  assert.equal(row.n, 3, 'three events, one NOTIFY row each');
  await dataSource.transaction((manager) =>
    outbox.publish(manager, definition, { subject: 'subject-js', data: { seq: 4, note: 'from JS' } }),
  );
  const stored = (await dataSource.query(
    'SELECT topic, key, type, envelope::text AS value FROM contract.outbox ORDER BY seq',
  )) as { topic: string; key: string; type: string; value: string }[];
  assert.equal(stored.length, 4);
  const [sqlBuilt, , , jsBuilt] = stored.map((r) => ({ ...r, envelope: parseEnvelope(r.value) }));
  for (const event of [sqlBuilt, jsBuilt]) {
    assert.equal(event.topic, definition.topic);
    assert.equal(event.type, definition.type);
    assert.equal(event.envelope.type, definition.type);
    assert.equal(event.envelope.source, 'sectorwars.test');
    assert.equal(event.envelope.subject, event.key);
    assert.match(event.envelope.time as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.deepEqual(validateData(definition, event.envelope).ok, true);
  }
  assert.deepEqual(sqlBuilt.envelope.data, { seq: 1, note: 'from SQL' });
  assert.deepEqual(Object.keys(sqlBuilt.envelope).sort(), Object.keys(jsBuilt.envelope).sort(), 'same envelope fields');
});
