/** The catalog's naming rules, and the operators' topic list kept in step with it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { allEventDefinitions } from './define';
import './index';

test('every event type is named sectorwars.<service>.<aggregate>.<event>.v<version> and documented', () => {
  const definitions = allEventDefinitions().filter((d) => d.service !== 'test' && d.service !== 'bench');
  assert.ok(definitions.length > 0);
  for (const d of definitions) {
    assert.match(d.type, /^sectorwars\.[a-z]+\.[a-z-]+\.[a-z.-]+\.v\d+$/);
    assert.ok(d.type.startsWith(`${d.topic}.`));
    assert.ok(d.description.length > 10, `${d.type} has a description`);
    assert.ok(d.consumedBy.length > 0, `${d.type} names its consumers`);
  }
});

test('infra/kafka/topics lists every catalog topic and its .dlq twin (edit the file when this fails)', () => {
  const file = path.resolve(__dirname, '../../../../infra/kafka/topics');
  const listed = new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.trim().split(/\s+/) as [string, string]),
  );
  for (const d of allEventDefinitions().filter((x) => x.service !== 'test' && x.service !== 'bench')) {
    assert.equal(listed.get(d.topic), String(d.partitions), `${d.topic} ${d.partitions}`);
    assert.equal(listed.get(`${d.topic}.dlq`), '1', `${d.topic}.dlq 1`);
  }
});
