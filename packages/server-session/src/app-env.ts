import type { Platform } from './platforms/platforms.js';
import type { Store } from './store/store.js';

/** What every route of the session server finds on its Hono context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    store: Store;
  };
}

/** Routes behind platform authentication also know the platform calling them. */
export interface PlatformEnv {
  Variables: AppEnv['Variables'] & {
    platform: Platform;
  };
}
