import type { Principal } from '../auth/principal.ts';

/** Hono's per-request variables for this app. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** Who is calling, once `authenticate` ran; null for anonymous requests. */
    principal: Principal | null;
  };
}
