import type { TeamSettings, TeamSettingsInput } from '../schemas/team-settings.ts';
import type { Http } from './http.ts';

/** Business hours, holidays and SLA targets (Settings → Business hours & SLA). */
export function teamSettingsClient(http: Http) {
  return {
    /** Agents: the settings in force (the defaults, `updatedAt: null`, until an admin saves). */
    get: () => http<TeamSettings>('GET', '/api/support/settings/team'),
    /** Admins: replaces them all; new hours and targets apply from now on. */
    update: (input: TeamSettingsInput) => http<TeamSettings>('PUT', '/api/support/settings/team', { body: input }),
  };
}
