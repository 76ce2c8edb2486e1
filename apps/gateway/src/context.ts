import type { Viewer } from '@sectorwars/platform';

/** What the gateway forwards to subgraphs for one client request (HTTP, or a subscription's root query). */
export interface GatewayContext {
  requestId: string;
  /** Verified here too, for early refusal; subgraphs verify again. */
  viewer: Viewer;
  authorization?: string;
  clientIp: string;
}

/** A caller's verified credential, kept for the life of a WebSocket connection. */
export interface Credentials {
  viewer: Viewer;
  /** `Bearer <jwt>` forwarded to subgraphs; absent for anonymous callers. */
  authorization?: string;
  /** When the access token expires (epoch ms); absent for anonymous callers. */
  expiresAt?: number;
  clientIp: string;
}
