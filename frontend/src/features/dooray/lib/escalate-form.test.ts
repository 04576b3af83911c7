import { describe, expect, it } from 'vitest';
import { getMessages } from '../../../i18n';
import type { DoorayTags } from '../api/types';
import { buildDoorayEscalationRequest, chosenTagIds, inputOfServerField, toggleTag, validateDoorayEscalation } from './escalate-form';

const tags: DoorayTags = {
  groups: [
    { id: 'kind', name: 'Kind', mandatory: true, selectOne: true, tags: [{ id: 'bug', name: 'Bug' }, { id: 'question', name: 'Question' }] },
    { id: 'area', name: 'Area', mandatory: false, selectOne: false, tags: [{ id: 'app', name: 'App' }, { id: 'web', name: 'Web' }] },
  ],
  ungroupedTags: [{ id: 'vip', name: 'VIP' }],
};
const m = getMessages('en');
const values = { projectId: '1001', to: ['101'], cc: ['101', '103'], tags: {}, subject: ' 결제 오류 ', body: 'x', priority: 'none' as const };

describe('the Dooray escalation form', () => {
  it('keeps one tag of a select-one group and any number of the others', () => {
    let chosen = toggleTag({}, tags.groups[0]!, 'bug', true);
    chosen = toggleTag(chosen, tags.groups[0]!, 'question', true);
    chosen = toggleTag(chosen, tags.groups[1]!, 'web', true);
    chosen = toggleTag(chosen, tags.groups[1]!, 'app', true);
    chosen = toggleTag(chosen, null, 'vip', true);
    expect(chosen).toEqual({ kind: ['question'], area: ['web', 'app'], '': ['vip'] });
    // in Dooray's order, and only tags the project has
    expect(chosenTagIds({ ...chosen, area: ['web', 'app', 'gone'] }, tags)).toEqual(['question', 'app', 'web', 'vip']);
  });

  it('asks for a tag of each mandatory group', () => {
    expect(validateDoorayEscalation(values, tags, m)).toEqual({ 'tagGroup.kind': m.dooray.escalate.errors.tagGroupRequired });
    expect(validateDoorayEscalation({ ...values, tags: { kind: ['bug'] } }, tags, m)).toEqual({});
  });

  it('sends the subject trimmed, the body as markdown, and nobody in cc who is in to', () => {
    expect(buildDoorayEscalationRequest('t-1', { ...values, tags: { kind: ['bug'] } }, tags)).toEqual({
      ticketId: 't-1',
      projectId: '1001',
      subject: '결제 오류',
      body: { mimeType: 'text/x-markdown', content: 'x' },
      to: ['101'],
      cc: ['103'],
      tagIds: ['bug'],
      priority: 'none',
    });
  });

  it("puts the server's field errors at their inputs", () => {
    expect(inputOfServerField('to[0]')).toBe('to');
    expect(inputOfServerField('cc[2]')).toBe('cc');
    expect(inputOfServerField('body.content')).toBe('body');
    expect(inputOfServerField('create.request.tagIds')).toBe('tagIds');
    expect(inputOfServerField('workflow')).toBeNull();
  });
});
