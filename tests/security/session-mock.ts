/**
 * Server actions outside Next: the browser session is whoever `session.userId` names (its
 * checks — cookie, revocation — are identity's own tests), and the request headers are those of
 * a same-site form post unless a test sets others.
 */
export const session = {
  userId: null as string | null,
  headers: sameSiteHeaders(),
};

export function sameSiteHeaders(extra: Record<string, string> = {}) {
  return new Headers({
    host: "localhost:3000",
    origin: "http://localhost:3000",
    "x-forwarded-for": "203.0.113.7",
    ...extra,
  });
}

export function mockedCurrentActor(original: object) {
  return {
    ...original,
    sessionActor: async () => {
      if (!session.userId) return null;
      const { loadActor } = await import("@/lib/identity/actor");
      return loadActor(session.userId);
    },
  };
}

export function mockedNextAuth() {
  return {
    auth: async () => null,
    signIn: async () => undefined,
    signOut: async () => undefined,
    handlers: {},
    oauthProviders: () => [],
  };
}

const cookieJar = {
  get: () => undefined,
  getAll: () => [],
  has: () => false,
  set: () => cookieJar,
  delete: () => cookieJar,
};

export function mockedHeaders(original: object) {
  return { ...original, headers: async () => session.headers, cookies: async () => cookieJar };
}
