/** The gateway and subgraph operational endpoints, request ids, and the explorer landing page. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startStack, type TestStack } from '@sectorwars/testing';

let stack: TestStack;
before(async () => {
  stack = await startStack({ subgraphs: ['identity'] });
});
after(() => stack?.stop());

test('/health, /ready and /metrics answer on the gateway and on every subgraph', async () => {
  // One query first, so the request metrics have something to count.
  await stack.gateway.request('query Probe { player(id: "00000000-0000-0000-0000-000000000000") { id } }');
  for (const [name, base] of [['gateway', stack.gatewayBaseUrl], ...Object.entries(stack.subgraphUrls)]) {
    const health = await fetch(`${base}/health`);
    assert.equal(health.status, 200, `${name} /health`);
    const ready = await fetch(`${base}/ready`);
    assert.equal(ready.status, 200, `${name} /ready`);
    assert.equal(((await ready.json()) as { status: string }).status, 'ready');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    assert.match(
      metrics,
      /graphql_requests_total\{[^}]*operation="Probe[^"]*"/,
      `${name} counts requests by operation`,
    );
    assert.match(metrics, /graphql_request_duration_seconds_bucket/);
    assert.match(metrics, /process_resident_memory_bytes/);
  }
});

test('errors are counted by code in /metrics', async () => {
  await stack.gateway.request('{ me { id } }');
  const metrics = await (await fetch(`${stack.subgraphUrls.identity}/metrics`)).text();
  assert.match(metrics, /graphql_errors_total\{code="UNAUTHENTICATED"[^}]*\} [1-9]/);
});

test('the request id is echoed, and a client-supplied one is kept', async () => {
  const fresh = await stack.gateway.request('{ __typename }');
  assert.match(fresh.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  const given = await stack.gateway.request('{ __typename }', {}, { headers: { 'x-request-id': 'trace-me-123' } });
  assert.equal(given.headers.get('x-request-id'), 'trace-me-123');
});

test('introspection is on and the landing page serves an explorer', async () => {
  const schema = await stack.gateway.data<{ __schema: { queryType: { name: string } } }>(
    '{ __schema { queryType { name } } }',
  );
  assert.equal(schema.__schema.queryType.name, 'Query');
  const page = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
  assert.equal(page.status, 200);
  assert.match(await page.text(), /sandbox/i);
});
