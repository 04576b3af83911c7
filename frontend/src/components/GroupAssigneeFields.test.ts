import { describe, expect, it } from 'vitest';
import { assignableMembers, type AssignableMember } from './GroupAssigneeFields';

describe('assignableMembers', () => {
  it('offers only members of the group with ticket assignment on, by name', () => {
    const member = (username: string, group: string, assignmentEnabled: boolean): AssignableMember => ({
      username, displayName: username, groups: [{ id: group }], assignmentEnabled,
    });
    const members = [member('zoe', 'g', true), member('amy', 'g', true), member('yuki', 'g', false), member('bob', 'h', true)];
    expect(assignableMembers(members, 'g').map((m) => m.username)).toEqual(['amy', 'zoe']);
  });
});
