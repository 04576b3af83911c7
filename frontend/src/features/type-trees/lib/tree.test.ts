import { describe, expect, it } from 'vitest';
import type { TypeTreeNode } from '../../../lib/type-tree';
import { dropTarget, filterTree, namesToSend, possibleParents } from './tree';

const node = (id: string, children: TypeTreeNode[] = []): TypeTreeNode => ({ id, names: { en: id, ko: `${id}-ko` }, active: true, children });

// A > A1 > A1x ; A > A2 ; B ; chain L1 > L2 > L3 > L4
const tree = [
  node('A', [node('A1', [node('A1x')]), node('A2')]),
  node('B'),
  node('L1', [node('L2', [node('L3', [node('L4')])])]),
];

describe('type tree moves', () => {
  it('turns a drop before, after or onto a row into the parent and place the API takes', () => {
    expect(dropTarget(tree, 'B', 'A', 'before')).toEqual({ parentId: null, position: 1 });
    expect(dropTarget(tree, 'A', 'B', 'after')).toEqual({ parentId: null, position: 2 });
    expect(dropTarget(tree, 'A2', 'A1', 'before')).toEqual({ parentId: 'A', position: 1 });
    expect(dropTarget(tree, 'B', 'A1', 'after')).toEqual({ parentId: 'A', position: 2 });
    expect(dropTarget(tree, 'B', 'A1x', 'into')).toEqual({ parentId: 'A1x' });
  });

  it('refuses a drop below the type itself or one that would pass the fifth level', () => {
    expect(dropTarget(tree, 'A', 'A1x', 'into')).toBeNull();
    expect(dropTarget(tree, 'A', 'A', 'before')).toBeNull();
    // B is one level: under L4 it is on level 5; A is three levels: under L2, not under L3
    expect(dropTarget(tree, 'B', 'L4', 'into')).toEqual({ parentId: 'L4' });
    expect(dropTarget(tree, 'A', 'L2', 'into')).toEqual({ parentId: 'L2' });
    expect(dropTarget(tree, 'A', 'L3', 'into')).toBeNull();
    expect(dropTarget(tree, 'A', 'L2', 'before')).toEqual({ parentId: 'L1', position: 1 });
  });

  it('offers as parents only those the type fits under, never its own subtree', () => {
    expect(possibleParents(tree, 'A', 'en').map((p) => p.id)).toEqual(['B', 'L1', 'L2']);
    expect(possibleParents(tree, 'B', 'ko').map((p) => p.label.trim())).toEqual(['A-ko', 'A1-ko', 'A1x-ko', 'A2-ko', 'L1-ko', 'L2-ko', 'L3-ko', 'L4-ko']);
  });
});

describe('type tree search and names', () => {
  it('keeps matches in any language with their ancestors', () => {
    expect(filterTree(tree, 'a1x-KO').map((n) => [n.id, n.children.map((c) => c.id)])).toEqual([['A', ['A1']]]);
    expect(filterTree(tree, '  ')).toBe(tree);
    expect(filterTree(tree, 'nothing')).toEqual([]);
  });

  it('sends trimmed names without the blank ones', () => {
    expect(namesToSend({ ko: ' 결제 ', ja: '  ', en: 'Billing' })).toEqual({ ko: '결제', en: 'Billing' });
  });
});
