import { NextRequest } from "next/server";

/**
 * A browser for tests of the real Auth.js cookie flow: a cookie jar, and the request scope that
 * `next/headers` answers from. A test file mocks `next/headers` with `nextHeadersMock` (below), then
 * runs server actions, pages' guards and route handlers as this browser with `browser.run(fn)`.
 */
export class TestBrowser {
  readonly jar = new Map<string, string>();

  constructor(
    readonly userAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    readonly ip = "203.0.113.7",
  ) {}

  get cookie(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** The session cookie as it is now: a copy an attacker could have taken. */
  get sessionCookie(): string | undefined {
    return this.jar.get(SESSION_COOKIE);
  }

  headers(extra: Record<string, string> = {}): Headers {
    return new Headers({
      host: "localhost:3000",
      "x-forwarded-proto": "http",
      "x-forwarded-for": this.ip,
      "user-agent": this.userAgent,
      ...(this.jar.size > 0 && { cookie: this.cookie }),
      ...extra,
    });
  }

  /** Runs server code (an action, a page guard, a route handler) with this browser's request. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    scope.current = this;
    try {
      return await work();
    } finally {
      scope.current = undefined;
    }
  }

  /** Calls an Auth.js route handler (`handlers.GET`/`POST` of lib/identity/next-auth) and keeps its cookies. */
  async authRoute(handler: (request: NextRequest) => Promise<Response>, path: string, form?: Record<string, string>) {
    const request = new NextRequest(`http://localhost:3000/api/auth/${path}`, {
      method: form ? "POST" : "GET",
      headers: this.headers(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const response = await this.run(() => handler(request));
    this.keep(response.headers.getSetCookie());
    return response;
  }

  keep(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (!value || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  set(name: string, value: string): void {
    this.jar.set(name, value);
  }
}

export const SESSION_COOKIE = "authjs.session-token";

const scope: { current?: TestBrowser } = {};

function current(): TestBrowser {
  if (!scope.current) throw new Error("next/headers used outside TestBrowser.run()");
  return scope.current;
}

/** `vi.mock("next/headers", () => nextHeadersMock())`: headers and cookies of the running TestBrowser. */
export function nextHeadersMock() {
  return {
    headers: async () => current().headers(),
    cookies: async () => {
      const browser = current();
      return {
        get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name)! } : undefined),
        getAll: () => [...browser.jar].map(([name, value]) => ({ name, value })),
        has: (name: string) => browser.jar.has(name),
        set: (name: string, value: string, options?: { maxAge?: number; expires?: Date }) => {
          const expired = options?.maxAge === 0 || (options?.expires && options.expires.getTime() <= Date.now());
          if (!value || expired) browser.jar.delete(name);
          else browser.jar.set(name, value);
        },
        delete: (name: string) => browser.jar.delete(name),
      };
    },
  };
}
