import { describe, expect, it } from 'vitest';
import { insertAt, insertIntoTextarea } from './textarea-insert';

describe('textarea insert', () => {
  it('inserts at the cursor, replacing the selection', () => {
    expect(insertAt('Dear , hello', '{{customer.name}}', 5, 5)).toEqual({ body: 'Dear {{customer.name}}, hello', cursor: 22 });
    expect(insertAt('Dear NAME', '{{customer.name}}', 5, 9)).toEqual({ body: 'Dear {{customer.name}}', cursor: 22 });
  });

  it('puts the text at a textarea’s cursor, or at the end without one', () => {
    const area = document.createElement('textarea');
    area.value = '안녕하세요. 감사합니다.';
    area.setSelectionRange(7, 7);
    const set: string[] = [];
    insertIntoTextarea(area, area.value, '환불은 3일 안에 됩니다. ', (next) => set.push(next));
    insertIntoTextarea(null, 'abc', 'def', (next) => set.push(next));
    expect(set).toEqual(['안녕하세요. 환불은 3일 안에 됩니다. 감사합니다.', 'abcdef']);
  });
});
