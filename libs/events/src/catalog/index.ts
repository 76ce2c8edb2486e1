/**
 * The event catalog: every event type of the platform, with its data schema,
 * topic, and who emits and consumes it. Each service's events live in a file
 * named after the service.
 */
export * from './define';
export * as governanceEvents from './governance';
export * as identityEvents from './identity';
export * as nexusEvents from './nexus';
export * as regionsEvents from './regions';
