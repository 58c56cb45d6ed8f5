import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseFile: string;
  /** Where people reach this server; used in links, cookies' Secure flag and the embed snippet. */
  publicUrl: string;
  /** Signs tokens; generated once and kept in the data dir so restarts don't log everyone out. */
  secret: string;
  admin: { email: string; password: string } | null;
  /** Take the client address from X-Forwarded-For (only behind a proxy you control). */
  trustProxy: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Where browsers open chat sockets: this server, or a PartyKit deployment of the same rooms. */
  roomsUrl: string;
  /** Authorizes rooms hosted elsewhere (PartyKit) to call /api/internal/rooms, and us to call them. */
  roomsSecret: string;
  /** Outgoing mail (transcripts, reports); null disables sending with a clear error. */
  smtp: { url: string; from: string } | null;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8787;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`PORT must be 0–65535, got "${raw}"`);
  return port;
}

function readSecret(env: Env, dataDir: string): string {
  if (env.LANTERN_SECRET) {
    if (env.LANTERN_SECRET.length < 32) throw new ConfigError('LANTERN_SECRET must be at least 32 characters');
    return env.LANTERN_SECRET;
  }
  const file = resolve(dataDir, 'secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}

function readUrl(name: string, raw: string | undefined, fallback: string): string {
  const value = (raw || fallback).replace(/\/+$/, '');
  try {
    new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a URL: "${value}"`);
  }
  return value;
}

function readRoomsSecret(env: Env, secret: string): string {
  if (env.LANTERN_ROOMS_SECRET) {
    if (env.LANTERN_ROOMS_SECRET.length < 32) throw new ConfigError('LANTERN_ROOMS_SECRET must be at least 32 characters');
    return env.LANTERN_ROOMS_SECRET;
  }
  // Derived, so a single-process install needs no extra setting and the main secret never leaves.
  return createHmac('sha256', secret).update('lantern rooms secret').digest('base64url');
}

export function loadConfig(env: Env = process.env): Config {
  const port = readPort(env.PORT);
  const dataDir = resolve(env.LANTERN_DATA_DIR || './data');
  mkdirSync(dataDir, { recursive: true });
  const publicUrl = (env.LANTERN_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`LANTERN_PUBLIC_URL is not a URL: "${publicUrl}"`);
  }
  const adminEmail = env.LANTERN_ADMIN_EMAIL?.trim();
  const adminPassword = env.LANTERN_ADMIN_PASSWORD;
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new ConfigError('Set both LANTERN_ADMIN_EMAIL and LANTERN_ADMIN_PASSWORD, or neither');
  }
  const secret = readSecret(env, dataDir);
  const logLevel = (env.LANTERN_LOG_LEVEL || 'info') as Config['logLevel'];
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LANTERN_LOG_LEVEL must be debug, info, warn, error or silent`);
  }
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseFile: resolve(dataDir, 'lantern.db'),
    publicUrl,
    secret,
    admin: adminEmail && adminPassword ? { email: adminEmail.toLowerCase(), password: adminPassword } : null,
    trustProxy: env.LANTERN_TRUST_PROXY === '1' || env.LANTERN_TRUST_PROXY === 'true',
    logLevel,
    roomsUrl: readUrl('LANTERN_ROOMS_URL', env.LANTERN_ROOMS_URL, publicUrl),
    roomsSecret: readRoomsSecret(env, secret),
    smtp: env.LANTERN_SMTP_URL ? { url: env.LANTERN_SMTP_URL, from: env.LANTERN_MAIL_FROM || `Lantern <lantern@${new URL(publicUrl).hostname}>` } : null,
  };
}
