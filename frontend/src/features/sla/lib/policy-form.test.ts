import { describe, expect, it } from 'vitest';
import { getMessages } from '../../../i18n';
import type { SlaPolicy } from '../api/types';
import {
  durationInput,
  durationToIso,
  emptyCondition,
  placeServerErrors,
  policyFieldNames,
  policyFormValues,
  toPolicyRequest,
  validatePolicy,
} from './policy-form';

const m = getMessages('en');

const stored: SlaPolicy = {
  id: 'p-1',
  name: 'VIP',
  position: 1,
  enabled: true,
  conditions: [
    { target: 'priority', operator: 'in', values: ['HIGH', 'URGENT'] },
    { target: 'tags', operator: 'not_in', values: ['spam', 'test'] },
  ],
  targets: {
    URGENT: { firstResponse: 'PT30M', nextResponse: 'PT1H', resolution: 'PT4H' },
    HIGH: { firstResponse: 'PT1H30M', nextResponse: null, resolution: 'P1D' },
  },
  hours: 'CALENDAR',
  pauseIn: ['ON_HOLD'],
  warnBefore: 'PT15M',
  onBreach: { raisePriority: true, reassignGroupId: 'g-2' },
  version: 3,
};

describe('SLA policy form', () => {
  it('turns hours and minutes into ISO-8601 durations and back', () => {
    expect(durationToIso({ hours: '4', minutes: '' }, m)).toEqual({ iso: 'PT4H' });
    expect(durationToIso({ hours: '1', minutes: '30' }, m)).toEqual({ iso: 'PT1H30M' });
    expect(durationToIso({ hours: '', minutes: '45' }, m)).toEqual({ iso: 'PT45M' });
    expect(durationToIso({ hours: ' 48 ', minutes: '0' }, m)).toEqual({ iso: 'PT48H' });
    expect(durationToIso({ hours: '', minutes: '' }, m)).toEqual({ iso: null });
    expect(durationToIso({ hours: '1.5', minutes: '' }, m)).toEqual({ error: m.slaAdmin.durationInvalid });
    expect(durationToIso({ hours: '-1', minutes: '' }, m)).toEqual({ error: m.slaAdmin.durationInvalid });
    expect(durationToIso({ hours: '1', minutes: '60' }, m)).toEqual({ error: m.slaAdmin.durationInvalid });
    expect(durationToIso({ hours: '0', minutes: '0' }, m)).toEqual({ error: m.slaAdmin.durationZero });
    expect(durationInput('PT1H30M')).toEqual({ hours: '1', minutes: '30' });
    expect(durationInput('P1D')).toEqual({ hours: '24', minutes: '0' });
    expect(durationInput(null)).toEqual({ hours: '', minutes: '' });
  });

  it('gives back the stored policy as its request', () => {
    const request = toPolicyRequest(policyFormValues(stored), m);
    expect(request).toEqual({
      name: 'VIP',
      enabled: true,
      conditions: stored.conditions,
      targets: {
        URGENT: { firstResponse: 'PT30M', nextResponse: 'PT1H', resolution: 'PT4H' },
        HIGH: { firstResponse: 'PT1H30M', nextResponse: null, resolution: 'PT24H' },
        NORMAL: { firstResponse: null, nextResponse: null, resolution: null },
        LOW: { firstResponse: null, nextResponse: null, resolution: null },
      },
      hours: 'CALENDAR',
      pauseIn: ['ON_HOLD'],
      warnBefore: 'PT15M',
      onBreach: { raisePriority: true, reassignGroupId: 'g-2' },
    });
  });

  it('starts a new policy on business hours, paused while on hold, with no group change', () => {
    const values = policyFormValues(null);
    expect(values.hours).toBe('BUSINESS');
    expect(values.pauseIn).toEqual(['ON_HOLD']);
    expect(toPolicyRequest(values, m).onBreach).toEqual({ raisePriority: false, reassignGroupId: null });
  });

  it('asks for a name, readable durations, a target and the values of every condition', () => {
    const values = { ...policyFormValues(null), conditions: [emptyCondition(), { ...emptyCondition(), target: 'tags', tagsText: ' , ' }] };
    expect(validatePolicy(values, m)).toEqual({
      name: m.slaAdmin.nameRequired,
      targets: m.slaAdmin.targetRequired,
      'conditions[0].values': m.slaAdmin.valuesRequired,
      'conditions[1].values': m.slaAdmin.valuesRequired,
    });
    const typed = policyFormValues(stored);
    typed.targets.LOW.resolution = { hours: 'x', minutes: '' };
    typed.warnBefore = { hours: '0', minutes: '0' };
    expect(validatePolicy(typed, m)).toEqual({
      'targets.LOW.resolution': m.slaAdmin.durationInvalid,
      warnBefore: m.slaAdmin.durationZero,
    });
  });

  it('sends tags as typed, trimmed and once each', () => {
    const values = { ...policyFormValues(stored) };
    values.conditions = [{ ...emptyCondition(), target: 'tags', tagsText: 'vip, refund ,vip,' }];
    expect(toPolicyRequest(values, m).conditions).toEqual([{ target: 'tags', operator: 'in', values: ['vip', 'refund'] }]);
  });

  it("places the server's field errors at the nearest field of the form", () => {
    const names = policyFieldNames(policyFormValues(stored));
    const { errors, unplaced } = placeServerErrors(
      [
        { field: 'targets.HIGH.firstResponse', message: 'a' },
        { field: 'conditions[1].values[0]', message: 'b' },
        { field: 'conditions[0]', message: 'c' },
        { field: 'replace.draft.name', message: 'd' },
        { field: 'pauseIn[3]', message: 'e' },
        { field: 'targets.HIGH.firstResponse', message: 'twice' },
        { field: 'other', message: 'f' },
        { field: '', message: 'g' },
      ],
      names,
    );
    expect(errors).toEqual({
      'targets.HIGH.firstResponse': 'a',
      'conditions[1].values': 'b',
      conditions: 'c',
      name: 'd',
      pauseIn: 'e',
    });
    expect(unplaced.map((u) => u.message)).toEqual(['twice', 'f', 'g']);
  });
});
