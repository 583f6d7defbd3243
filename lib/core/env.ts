import * as yup from "yup";

/**
 * The one place that reads process.env. Every external service is optional: without its
 * variables the embedded default is used (see README, "Configuration").
 */
const optional = () =>
  yup
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" ? undefined : v));

const schema = yup.object({
  NODE_ENV: yup.string().oneOf(["development", "production", "test"]).default("development"),
  DATABASE_URL: yup
    .string()
    .required("DATABASE_URL is missing: start the app with `npm run dev` or `npm start`, which provide one"),
  // The database pool of each instance (decision 0019): connections at most (1 per serverless function
  // instance, behind a pooler such as PgBouncer or Neon's), how long a request waits for one before a
  // 503 with Retry-After, a statement's longest run (0: no limit), and the limits of a transaction.
  DATABASE_POOL_MAX: yup.number().integer().min(1).max(500).default(10),
  DATABASE_POOL_TIMEOUT_MS: yup.number().integer().min(100).default(10_000),
  DATABASE_STATEMENT_TIMEOUT_MS: yup.number().integer().min(0).default(30_000),
  DATABASE_TRANSACTION_MAX_WAIT_MS: yup.number().integer().min(100).default(5_000),
  DATABASE_TRANSACTION_TIMEOUT_MS: yup.number().integer().min(100).default(10_000),
  APP_URL: yup
    .string()
    .default("http://localhost:3000")
    .test("url", "APP_URL must be an absolute http(s) URL", (v) => /^https?:\/\/[^/]+/.test(v ?? ""))
    .transform((v: string) => v.replace(/\/+$/, "")),
  DATA_DIR: yup.string().default(".data"),
  LOG_LEVEL: yup.string().oneOf(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  AUTH_SECRET: yup.string().required("AUTH_SECRET is missing"),
  JWT_PRIVATE_KEY: yup.string().required("JWT_PRIVATE_KEY (PEM, RS256) is missing"),
  // The Ed25519 key that signs certificates: its 32-byte seed, base64url (generated on first start locally).
  CREDENTIAL_SIGNING_KEY: yup
    .string()
    .required("CREDENTIAL_SIGNING_KEY (a 32-byte Ed25519 seed, base64url) is missing")
    .test("seed", "CREDENTIAL_SIGNING_KEY must be 32 bytes, base64url", (v) => /^[A-Za-z0-9_-]{43}$/.test(v ?? "")),
  INNGEST_EVENT_KEY: optional(),
  INNGEST_SIGNING_KEY: optional(),
  INNGEST_DEV: optional(),
  RESEND_API_KEY: optional(),
  MAIL_FROM: yup.string().default("Stagiaire <no-reply@stagiaire.local>"),
  UPLOADTHING_TOKEN: optional(),
  VAPID_PUBLIC_KEY: optional(),
  VAPID_PRIVATE_KEY: optional(),
  VAPID_SUBJECT: yup.string().default("mailto:admin@stagiaire.local"),
  AUTH_GOOGLE_ID: optional(),
  AUTH_GOOGLE_SECRET: optional(),
  AUTH_GITHUB_ID: optional(),
  AUTH_GITHUB_SECRET: optional(),
  AUTH_LINKEDIN_ID: optional(),
  AUTH_LINKEDIN_SECRET: optional(),
  AUTH_OIDC_ISSUER: optional(),
  AUTH_OIDC_ID: optional(),
  AUTH_OIDC_SECRET: optional(),
  AUTH_OIDC_NAME: yup.string().default("University SSO"),
  // The dev mailbox is open in development only; elsewhere "open" shows captured e-mails to anyone (local
  // and CI runs of a production build), "admin" to system admins, and without it nobody sees them.
  DEV_MAILBOX: yup.string().oneOf(["open", "admin"]).optional(),
  // How the caller's address is found: "vercel" (its edge sets x-real-ip), else the number of
  // proxies of ours in front of the app (0: the socket's own address).
  TRUSTED_PROXY_HOPS: yup
    .string()
    .matches(/^(vercel|\d{1,2})$/, "TRUSTED_PROXY_HOPS is `vercel` or a number of proxies (0, 1, 2…)")
    .default(() => (process.env.VERCEL ? "vercel" : "0")),
  RATE_LIMIT_LOGIN_PER_ACCOUNT: yup.number().integer().min(1).default(5),
  RATE_LIMIT_LOGIN_PER_IP: yup.number().integer().min(1).default(30),
  // Delivered outbox events and memoised workflow steps are kept this long, then removed nightly.
  EVENT_RETENTION_DAYS: yup.number().integer().min(1).default(30),
  // A deleted document's files are kept this long (a mistaken deletion can be undone), then purged nightly.
  DOCUMENT_RETENTION_DAYS: yup.number().integer().min(0).default(30),
  // How long a signed download link of a document works.
  DOCUMENT_URL_TTL_SECONDS: yup.number().integer().min(10).max(86400).default(300),
  // Offer imports: "true" lets sources reach private, loopback and link-local addresses (intranets,
  // tests); the contact page named in the importer's user agent (default: APP_URL).
  IMPORT_ALLOW_PRIVATE_HOSTS: yup.boolean().default(false),
  IMPORT_CONTACT_URL: optional(),
  // The assistant answers through this OpenAI-compatible endpoint (a self-hosted model works) when set,
  // else with its own rule-based recogniser; model name and key are optional.
  ASSISTANT_LLM_URL: optional(),
  ASSISTANT_LLM_MODEL: yup.string().default("default"),
  ASSISTANT_LLM_KEY: optional(),
  // The bearer token Prometheus sends to /api/metrics; without it the route answers 404.
  METRICS_TOKEN: optional(),
  // OpenTelemetry: traces go to this OTLP/HTTP collector (e.g. http://collector:4318) when set, else nowhere.
  OTEL_EXPORTER_OTLP_ENDPOINT: optional().test(
    "url",
    "OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http(s) URL",
    (v) => v === undefined || /^https?:\/\/[^/]+/.test(v),
  ),
  // "http/protobuf" (the OTLP default) or "http/json".
  OTEL_EXPORTER_OTLP_PROTOCOL: yup.string().oneOf(["http/protobuf", "http/json"]).default("http/protobuf"),
  // Extra headers for the collector (an API key…), as "key=value,key2=value2".
  OTEL_EXPORTER_OTLP_HEADERS: optional(),
  OTEL_SERVICE_NAME: yup.string().default("stagiaire"),
});

export type Env = yup.InferType<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    try {
      cached = schema.validateSync(process.env, { stripUnknown: true, abortEarly: false });
    } catch (error) {
      const messages = error instanceof yup.ValidationError ? error.errors.join("\n  ") : String(error);
      throw new Error(`Invalid configuration:\n  ${messages}`);
    }
  }
  return cached;
}

const serviceSchema = schema.pick(["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY", "INNGEST_DEV"]);

/**
 * The optional Inngest settings alone, which never fail validation: the Inngest route builds its
 * client when the module loads, including during `next build`, where no database or secret exists.
 */
export const inngestEnv = () => serviceSchema.validateSync(process.env, { stripUnknown: true });

const telemetrySchema = schema.pick([
  "OTEL_EXPORTER_OTLP_ENDPOINT",
  "OTEL_EXPORTER_OTLP_PROTOCOL",
  "OTEL_EXPORTER_OTLP_HEADERS",
  "OTEL_SERVICE_NAME",
]);

/** The OpenTelemetry settings alone: the start-up hook reads them before anything else is validated. */
export const telemetryEnv = () => telemetrySchema.validateSync(process.env, { stripUnknown: true });

/** Workflows go to Inngest when it is configured, else to the in-process runner. */
export const inngestConfigured = () => Boolean(inngestEnv().INNGEST_EVENT_KEY || inngestEnv().INNGEST_DEV);
export const resendConfigured = () => Boolean(env().RESEND_API_KEY);
export const uploadthingConfigured = () => Boolean(env().UPLOADTHING_TOKEN);

/** Logging must work before the rest of the configuration is valid, so its level is read alone. */
export const logLevel = () => process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");

/** Development relaxes what only the dev server needs (eval for fast refresh); read alone, like the log level. */
export const isDevelopment = () => process.env.NODE_ENV === "development";
