/**
 * Which browser origins may open sync sockets and call the API with credentials. Clients that send
 * no Origin (server-side tools, tests) are not browsers and are allowed; browsers always send one.
 */
export interface OriginPolicy {
  allows(origin: string | undefined, host: string | undefined): boolean;
}

/**
 * With an explicit PUBLIC_ORIGIN, only that origin. Without one (local use), any origin whose host
 * is the host the request was sent to — i.e. same-origin pages, whatever name they used to reach us.
 */
export function createOriginPolicy(publicOrigin: string | null): OriginPolicy {
  return {
    allows(origin, host) {
      if (origin === undefined) return true;
      if (publicOrigin) return origin === publicOrigin;
      try {
        return host !== undefined && new URL(origin).host === host;
      } catch {
        return false;
      }
    },
  };
}
