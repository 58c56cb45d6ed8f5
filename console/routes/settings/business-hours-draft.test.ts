import { describe, expect, it } from 'vitest';
import { defaultBusinessCalendar, defaultSlaTargets, teamSettingsInput, type TeamSettings } from '../../../shared/schemas/team-settings.ts';
import { draftOf, inputOf, nextInterval, timeZoneOptions, weekPositions } from './business-hours-draft.ts';

const defaults: TeamSettings = { businessHours: defaultBusinessCalendar, slaTargets: defaultSlaTargets, updatedAt: null };

describe('the Business hours & SLA form draft', () => {
  it('turns the saved settings into the form and back unchanged', () => {
    const draft = draftOf(defaults);
    expect(draft.days.map((day) => day.open)).toEqual([true, true, true, true, true, false, false]);
    expect(draft.targets.urgent).toEqual({ firstResponse: { hours: '1', minutes: '0' }, resolution: { hours: '4', minutes: '0' } });
    expect(teamSettingsInput.parse(inputOf(draft))).toEqual({ businessHours: defaultBusinessCalendar, slaTargets: defaultSlaTargets });
  });

  it('shows midnight as 00:00 (what a time input can hold) and sends it as 24:00', () => {
    const late = { ...defaults, businessHours: { ...defaultBusinessCalendar, week: [{ day: 4, open: '18:00', close: '24:00' }] } };
    const draft = draftOf(late);
    expect(draft.days[4]).toEqual({ open: true, intervals: [{ open: '18:00', close: '00:00' }] });
    expect(inputOf(draft).businessHours.week).toEqual([{ day: 4, open: '18:00', close: '24:00' }]);
  });

  it('sends no hours for closed days, and names each interval by its place in what it sends', () => {
    const draft = draftOf(defaults);
    draft.days[0] = { open: false, intervals: [{ open: '09:00', close: '17:00' }] };
    draft.days[2] = { open: true, intervals: [{ open: '08:00', close: '12:00' }, { open: '13:00', close: '17:00' }] };
    expect(inputOf(draft).businessHours.week.map((interval) => interval.day)).toEqual([1, 2, 2, 3, 4]);
    expect(weekPositions(draft)).toEqual([[null], [0], [1, 2], [3], [4], [null], [null]]);
  });

  it('counts targets as hours and minutes; blanks are 0 and nonsense reaches the server as null', () => {
    const draft = draftOf(defaults);
    draft.targets.high = { firstResponse: { hours: '2', minutes: '30' }, resolution: { hours: '', minutes: '45' } };
    draft.targets.low.firstResponse = { hours: 'soon', minutes: '' };
    const { priorities } = inputOf(draft).slaTargets;
    expect(priorities.high).toEqual({ firstResponseMinutes: 150, resolutionMinutes: 45 });
    expect(JSON.parse(JSON.stringify(priorities.low))).toEqual({ firstResponseMinutes: null, resolutionMinutes: 7200 });
  });

  it('offers UTC first and keeps a saved zone the browser does not list', () => {
    expect(timeZoneOptions('Europe/Berlin')[0]).toBe('UTC');
    expect(timeZoneOptions('Europe/Berlin')).toContain('Europe/Berlin');
    expect(timeZoneOptions('Etc/GMT+5')[0]).toBe('Etc/GMT+5');
  });
});

describe('a split shift', () => {
  it('starts an hour after the day closes and lasts two hours, never past midnight', () => {
    expect(nextInterval([{ open: '09:00', close: '12:00' }])).toEqual({ open: '13:00', close: '15:00' });
    expect(nextInterval([{ open: '09:00', close: '22:30' }])).toEqual({ open: '23:00', close: '00:00' });
    expect(nextInterval([{ open: '18:00', close: '00:00' }])).toEqual({ open: '23:00', close: '00:00' });
    expect(nextInterval([])).toEqual({ open: '09:00', close: '17:00' });
  });
});
