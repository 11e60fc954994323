import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../../store/testing/sampleDesign.ts';
import { findNodes } from './findNodes.ts';

const nodes = sampleDesign().nodes;

describe('findNodes', () => {
  it('finds by any part of the name, whatever the case, names that start with it first', () => {
    expect(findNodes(nodes, 'row').map((n) => n.name)).toEqual(['GPU row 0', 'GPU row 1']);
    expect(findNodes(nodes, 'b').map((n) => n.name)).toEqual(['Building A', 'Building B', 'Hall B1']);
    expect(findNodes(nodes, 'SPINE').map((n) => n.id)).toEqual(['spine-1']);
  });

  it('finds nothing for an empty query, and at most `limit`', () => {
    expect(findNodes(nodes, '  ')).toEqual([]);
    expect(findNodes(nodes, 'a', 2)).toHaveLength(2);
  });
});
