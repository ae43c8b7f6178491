/**
 * @onboardkit/server-session — the OnboardKit session server: the platform
 * API, the embedded API, the store it keeps its data in, and the
 * configuration the `onboardkit-server` CLI reads. Everything public is
 * listed here; any other module is internal and may change without notice.
 */

export type { AccountSessionResource } from './account-sessions/account-session-routes.js';
export { accountSessionResourceSchema } from './account-sessions/account-session-routes.js';
export type { ComponentName, Components, ComponentsInput } from './account-sessions/components.js';
export { componentNames, componentsSchema } from './account-sessions/components.js';
export type { SessionCacheOptions } from './account-sessions/session-cache.js';
export type { AccountResource } from './accounts/account-resource.js';
export { accountResourceSchema } from './accounts/account-resource.js';
export type { ApiErrorOptions, ApiErrorStatus } from './api-error.js';
export { ApiError } from './api-error.js';
export type { SessionServer, SessionServerOptions } from './app.js';
export { createSessionServer } from './app.js';
export type { BackgroundJobOptions } from './background-jobs/background-jobs.js';
export type { Clock } from './clock.js';
export type { BootstrapPlatform, ConfigFlags, ConfigSources, Environment, ServerConfig } from './config.js';
export { ConfigError, environmentVariables, loadServerConfig, loadStoreConfig } from './config.js';
export type { AccountDetails } from './embedded-api/account-details.js';
export { accountDetailsSchema } from './embedded-api/account-details.js';
export type { DocumentResponseCacheOptions } from './embedded-api/document-response-cache.js';
export { embeddedSessionSchema } from './embedded-api/embedded-routes.js';
export type { KeyringKeys } from './encryption/keyring.js';
export { generateEncryptionKey } from './encryption/keyring.js';
export { eventResourceSchema } from './events/event-resource.js';
export { uploadedFileSchema } from './files/read-upload.js';
export type { JsonLoggerOptions, LogFields, Logger, LogLevel } from './logger.js';
export { createJsonLogger, logLevels, silentLogger } from './logger.js';
export type { PlatformResource } from './platform-api/platform-routes.js';
export { platformResourceSchema } from './platform-api/platform-routes.js';
export type { PlatformCacheOptions } from './platforms/platform-cache.js';
export type { CreatePlatformInput, EnsurePlatformInput, Platform } from './platforms/platforms.js';
export { createPlatform, ensurePlatformWithSecretKey } from './platforms/platforms.js';
export type { BucketRule } from './rate-limit/token-bucket.js';
export type { StoreConfig } from './store/open-store.js';
export { openStore } from './store/open-store.js';
export type { QueryResult, SqlExecutor, SqlValue, Store, StoreEngine } from './store/store.js';
export type { StoreErrorCode } from './store/store-error.js';
export { StoreError, sqlStateOf } from './store/store-error.js';
export { webhookEndpointResourceSchema } from './webhooks/webhook-endpoint-routes.js';
export type { VerifyWebhookOptions, WebhookSignatureProblem } from './webhooks/webhook-signature.js';
export { verifyWebhookSignature, webhookSignatureHeader } from './webhooks/webhook-signature.js';
