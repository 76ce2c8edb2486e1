/**
 * Server-side access to the gateway (route handlers only: the browser never
 * talks to the gateway over HTTP, so access tokens stay on the server).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type FormattedExecutionResult, print } from 'graphql';

/** The gateway's `/graphql` over HTTP (`GATEWAY_URL`, default the `npm start` gateway). */
export const gatewayUrl = (): string => process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';

/**
 * The gateway's WebSocket endpoint the browser subscribes to: `GATEWAY_WS_URL`, else
 * `GATEWAY_URL` with ws(s)://.
 */
export const gatewayWsUrl = (): string => process.env.GATEWAY_WS_URL ?? gatewayUrl().replace(/^http/, 'ws');

/**
 * Runs one typed operation against the gateway.
 * @param token access token sent as `Authorization: Bearer`
 * @returns the GraphQL result (errors included, never thrown)
 * @throws Error when the gateway cannot be reached or answers with something other than JSON
 */
export async function gatewayRequest<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  token?: string,
): Promise<FormattedExecutionResult<Result>> {
  const response = await fetch(gatewayUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
    cache: 'no-store',
  });
  return (await response.json()) as FormattedExecutionResult<Result>;
}

/** `extensions.code` of the first error of a result, if any. */
export const firstErrorCode = (result: FormattedExecutionResult<unknown>): string | undefined =>
  result.errors?.[0]?.extensions?.code as string | undefined;
