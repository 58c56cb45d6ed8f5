import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { SessionInfo } from '../../shared/schemas/auth.ts';
import { updateProfileInput } from '../../shared/schemas/agents.ts';
import { acceptInviteInput, changePasswordInput, loginInput, setupInput } from '../../shared/schemas/auth.ts';
import { findAgentRow, toAgent, type AgentRow } from '../agents/queries.ts';
import { recordAudit } from '../audit/log.ts';
import type { Deps } from '../deps.ts';
import { principalOf } from '../http/auth.ts';
import { clientIp } from '../http/client-ip.ts';
import type { AppEnv } from '../http/env.ts';
import { errorResponse } from '../http/errors.ts';
import { readJson } from '../http/validate.ts';
import { AppError } from '../lib/errors.ts';
import { RateLimiter } from '../lib/rate-limiter.ts';
import { acceptInvite, completeSetup, describeLink } from './invites.ts';
import { actorOf, type Principal } from './principal.ts';
import { changePassword, updateProfile } from './profile.ts';
import { checkCredentials } from './login.ts';
import { createSession, deleteSession, sessionCookie, sessionTtlMs } from './sessions.ts';

export function authRoutes({ database, config }: Deps) {
  const { db } = database;
  // Ten wrong passwords per address and account in ten minutes, then wait: slows guessing to a crawl
  // without letting one attacker lock a real agent out from everywhere.
  const failedLogins = new RateLimiter(10, 10 * 60 * 1000);
  // Setup and invite links are long random secrets; this only keeps scanners from hammering them.
  const linkChecks = new RateLimiter(30, 10 * 60 * 1000);
  const secure = config.publicUrl.startsWith('https://');

  async function startSession(c: Context<AppEnv>, agent: AgentRow): Promise<SessionInfo> {
    const { token, csrfToken } = await createSession(db, agent.id, {
      ip: clientIp(c, config.trustProxy),
      userAgent: c.req.header('user-agent') ?? null,
    });
    setCookie(c, sessionCookie, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      maxAge: Math.floor(sessionTtlMs / 1000),
    });
    return { agent: toAgent(agent), csrfToken };
  }

  /** Profile and password belong to the person: an integration's API token may not change them. */
  function signedInPerson(c: Context<AppEnv>): Principal & { via: { kind: 'session' } } {
    const principal = principalOf(c);
    if (principal.via.kind !== 'session') throw new AppError('forbidden', 'Sign in to the console to change your own profile');
    return principal as Principal & { via: { kind: 'session' } };
  }

  function limitLinks(c: Context<AppEnv>) {
    const wait = linkChecks.consume(clientIp(c, config.trustProxy));
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw new AppError('rate_limited', 'Too many attempts; try again later');
    }
  }

  return new Hono<AppEnv>()
    .post('/login', async (c) => {
      const input = await readJson(c, loginInput);
      const key = `${clientIp(c, config.trustProxy)}|${input.email}`;
      const wait = failedLogins.retryAfter(key);
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait / 1000)));
        return errorResponse(c, 'rate_limited', 'Too many failed sign-ins. Wait a few minutes and try again.');
      }
      const agent = await checkCredentials(db, input.email, input.password);
      if (!agent) {
        failedLogins.record(key);
        return errorResponse(c, 'unauthenticated', 'Wrong email or password');
      }
      failedLogins.reset(key);
      recordAudit(db, { type: 'agent', id: agent.id, name: agent.name }, 'auth.login', 'agent', agent.id, {
        ip: clientIp(c, config.trustProxy),
      });
      return c.json(await startSession(c, agent));
    })
    .post('/logout', async (c) => {
      const principal = c.get('principal');
      if (principal?.via.kind === 'session') await deleteSession(db, principal.via.sessionId);
      deleteCookie(c, sessionCookie, { path: '/', secure });
      return c.body(null, 204);
    })
    .get('/me', (c) => {
      const principal = principalOf(c);
      const agent = findAgentRow(db, principal.agent.id);
      if (!agent) throw new AppError('unauthenticated', 'Sign in first');
      const body: SessionInfo = {
        agent: toAgent(agent),
        csrfToken: principal.via.kind === 'session' ? principal.via.csrfToken : '',
      };
      return c.json(body);
    })
    .patch('/me', async (c) => {
      const principal = signedInPerson(c);
      const input = await readJson(c, updateProfileInput);
      return c.json(await updateProfile(db, principal.agent.id, input, actorOf(principal)));
    })
    .post('/password', async (c) => {
      const principal = signedInPerson(c);
      const input = await readJson(c, changePasswordInput);
      // Same budget as sign-in: a stolen session must not become a password-guessing oracle.
      const key = `password|${principal.agent.id}`;
      const wait = failedLogins.retryAfter(key);
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait / 1000)));
        return errorResponse(c, 'rate_limited', 'Too many wrong passwords. Wait a few minutes and try again.');
      }
      try {
        await changePassword(db, principal.agent.id, input, principal.via.sessionId, actorOf(principal));
      } catch (error) {
        if (error instanceof AppError && error.fields?.currentPassword) failedLogins.record(key);
        throw error;
      }
      failedLogins.reset(key);
      return c.body(null, 204);
    })
    .get('/invites/:token', async (c) => {
      limitLinks(c);
      return c.json(await describeLink(db, c.req.param('token')));
    })
    .post('/setup', async (c) => {
      limitLinks(c);
      const agent = await completeSetup(db, await readJson(c, setupInput));
      return c.json(await startSession(c, agent), 201);
    })
    .post('/accept-invite', async (c) => {
      limitLinks(c);
      const agent = await acceptInvite(db, await readJson(c, acceptInviteInput));
      return c.json(await startSession(c, agent));
    });
}
