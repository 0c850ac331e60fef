/**
 * Vigil's configuration: environment variables, optionally over a JSON file
 * named by VIGIL_CONFIG whose keys are the same variable names. Every value
 * has a default, so `vigil serve` runs with no configuration at all.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const list = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0),
);
const url = z.string().url();

/** The documented settings, by the environment variable that sets each (docs/configuration.md). */
const SETTINGS = z.object({
  DATABASE_URL: z.string().default('sqlite:./vigil.db'),
  VIGIL_HTTP_HOST: z.string().default('127.0.0.1'),
  VIGIL_HTTP_PORT: port.default(8080),
  VIGIL_SMTP_HOST: z.string().default('127.0.0.1'),
  VIGIL_SMTP_PORT: port.default(2525),
  VIGIL_SMTP_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  VIGIL_SMTP_RELAY: url.optional(),
  VIGIL_MAIL_FROM: z.string().optional(),
  VIGIL_BASE_URL: url.optional(),
  VIGIL_CA_NAME: z.string().min(1).default('Example CA'),
  VIGIL_ALERT_MANAGEMENT: list.default([]),
  VIGIL_ALERT_WEBHOOKS: list.pipe(z.array(url)).default([]),
  VIGIL_IMAP_URL: url.optional(),
  VIGIL_IMAP_POLL_SECONDS: z.coerce.number().int().positive().default(60),
  VIGIL_SWEEP_INTERVAL_MS: z.coerce.number().int().positive().default(5000),
  VIGIL_FORM_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  VIGIL_FORM_RATE_PER_MINUTE: z.coerce.number().int().positive().default(10),
  VIGIL_INSTANCE: z.string().optional(),
  VIGIL_BUGZILLA_URL: url.default('https://bugzilla.mozilla.org'),
  VIGIL_BUGZILLA_API_KEY: z.string().optional(),
  VIGIL_BUGZILLA_SYNC_MINUTES: z.coerce.number().int().positive().default(15),
  VIGIL_CA_OWNER: z.string().optional(),
  VIGIL_CA_DOMAINS: list.default([]),
  VIGIL_CA_ACCOUNTS: list.default([]),
});

export interface Config {
  readonly databaseUrl: string;
  readonly http: { readonly host: string; readonly port: number };
  readonly smtpIntake: { readonly host: string; readonly port: number; readonly maxBytes: number };
  /** The outbound relay; without one, mail waits in the outbox. */
  readonly relay: string | null;
  readonly mailFrom: string;
  readonly baseUrl: string;
  readonly caName: string;
  readonly alerts: { readonly management: readonly string[]; readonly webhooks: readonly string[] };
  readonly imap: { readonly url: string; readonly pollSeconds: number } | null;
  readonly sweepIntervalMs: number;
  readonly form: { readonly maxBytes: number; readonly ratePerMinute: number };
  /**
   * Names this process in claims and logs. Stable across restarts (host and port by default), so a
   * restarted instance takes back its own unfinished work at once; distinct for each instance.
   */
  readonly instance: string;
  readonly bugzilla: {
    /** Without a trailing slash. */
    readonly url: string;
    /** Needed to post; reading works without one. */
    readonly apiKey: string | null;
    readonly syncMinutes: number;
  };
  /** Who the CA is on Bugzilla: its bugs' summaries start with `owner:`; its staff write from these. */
  readonly ca: {
    readonly owner: string | null;
    /** E-mail domains of the CA's staff, lower case. */
    readonly domains: readonly string[];
    /** Further Bugzilla accounts that speak for the CA, lower case. */
    readonly accounts: readonly string[];
  };
}

/** Cookies are marked Secure when people reach Vigil over HTTPS. */
export function isHttps(config: Config): boolean {
  return config.baseUrl.startsWith('https:');
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const file = env.VIGIL_CONFIG ? readConfigFile(env.VIGIL_CONFIG) : {};
  const parsed = SETTINGS.safeParse({ ...file, ...definedOnly(env) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const s = parsed.data;
  const baseUrl = (s.VIGIL_BASE_URL ?? `http://${s.VIGIL_HTTP_HOST}:${s.VIGIL_HTTP_PORT}`).replace(
    /\/+$/,
    '',
  );
  return {
    databaseUrl: s.DATABASE_URL,
    http: { host: s.VIGIL_HTTP_HOST, port: s.VIGIL_HTTP_PORT },
    smtpIntake: { host: s.VIGIL_SMTP_HOST, port: s.VIGIL_SMTP_PORT, maxBytes: s.VIGIL_SMTP_MAX_BYTES },
    relay: s.VIGIL_SMTP_RELAY ?? null,
    mailFrom: s.VIGIL_MAIL_FROM ?? `"${s.VIGIL_CA_NAME} problem reports" <cpr@${new URL(baseUrl).hostname}>`,
    baseUrl,
    caName: s.VIGIL_CA_NAME,
    alerts: { management: s.VIGIL_ALERT_MANAGEMENT, webhooks: s.VIGIL_ALERT_WEBHOOKS },
    imap: s.VIGIL_IMAP_URL ? { url: s.VIGIL_IMAP_URL, pollSeconds: s.VIGIL_IMAP_POLL_SECONDS } : null,
    sweepIntervalMs: s.VIGIL_SWEEP_INTERVAL_MS,
    form: { maxBytes: s.VIGIL_FORM_MAX_BYTES, ratePerMinute: s.VIGIL_FORM_RATE_PER_MINUTE },
    instance: s.VIGIL_INSTANCE ?? `${hostname()}:${s.VIGIL_HTTP_PORT}`,
    bugzilla: {
      url: s.VIGIL_BUGZILLA_URL.replace(/\/+$/, ''),
      apiKey: s.VIGIL_BUGZILLA_API_KEY ?? null,
      syncMinutes: s.VIGIL_BUGZILLA_SYNC_MINUTES,
    },
    ca: {
      owner: s.VIGIL_CA_OWNER ?? null,
      domains: s.VIGIL_CA_DOMAINS.map((d) => d.toLowerCase().replace(/^@/, '')),
      accounts: s.VIGIL_CA_ACCOUNTS.map((a) => a.toLowerCase()),
    },
  };
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read VIGIL_CONFIG file ${path}: ${(error as Error).message}`);
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ConfigError(`VIGIL_CONFIG file ${path} must hold one JSON object of setting names to values`);
}

/** Empty variables count as unset, as shells make them easily. */
function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
}
