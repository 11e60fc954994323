import { describe, expect, it } from 'vitest';
import { sampleDesign } from '../store/testing/sampleDesign.ts';
import { autoLayout } from './autoLayout.ts';
import { applyMoves, planDrop } from './dropPlan.ts';
import { cellOrigin } from './floorGrid.ts';
import { absoluteRects } from './toFlowEdges.ts';

const design = sampleDesign();
const boxes = autoLayout(design);
const rects = absoluteRects(boxes);
const geometry = { boxes, rects };

/** Where a node's top-left lands when dropped at `floor` of `hall`, in canvas coordinates. */
function atCell(hall: string, row: number, slot: number) {
  const origin = cellOrigin(boxes.get(hall)!.grid!, { row, slot });
  const r = rects.get(hall)!;
  const topLeft = { x: r.x + origin.x + 5, y: r.y + origin.y - 3 };
  return { topLeft, point: { x: topLeft.x + 20, y: topLeft.y + 10 } };
}

describe('planDrop', () => {
  it('moves a rack to the cell it was dropped on', () => {
    const plan = planDrop(design, geometry, [{ id: 'gpu-2', ...atCell('hall-a1', 2, 1) }]);
    expect(plan).toEqual({ moves: [{ id: 'gpu-2', parent: 'hall-a1', floor: { row: 2, slot: 1 } }], refusals: [] });
  });

  it('slides a rack dropped on a neighbour to the nearest free run', () => {
    // gpu-1 spans slots 2..5 of row 0; net-1 stands at slot 8
    const plan = planDrop(design, geometry, [{ id: 'gpu-2', ...atCell('hall-a1', 0, 3) }]);
    expect(plan.moves[0]).toMatchObject({ floor: { row: 0, slot: 9 } });
  });

  it('moves a rack into another building’s hall, and a switch into a rack', () => {
    const plan = planDrop(design, geometry, [{ id: 'gpu-2', ...atCell('hall-b1', 1, 2) }]);
    expect(plan.moves[0]).toEqual({ id: 'gpu-2', parent: 'hall-b1', floor: { row: 1, slot: 2 } });
    const net = rects.get('net-1')!;
    const intoRack = planDrop(design, geometry, [{ id: 'spine-1', topLeft: { x: net.x + 4, y: net.y + 50 }, point: { x: net.x + 20, y: net.y + 60 } }]);
    expect(intoRack.moves[0]).toEqual({ id: 'spine-1', parent: 'net-1' });
  });

  it('refuses what the nesting rule forbids, with the container that refuses it', () => {
    const building = rects.get('bldg-a')!;
    const plan = planDrop(design, geometry, [{ id: 'gpu-2', topLeft: { x: building.x + 5, y: building.y + 5 }, point: { x: building.x + 10, y: building.y + 10 } }]);
    expect(plan).toEqual({ moves: [], refusals: [{ id: 'gpu-2', name: 'GPU row 1', reason: 'a rack cannot sit in a building (only in a hall)', overId: 'bldg-a' }] });
  });

  it('keeps a moved hall below its building’s title', () => {
    const building = rects.get('bldg-b')!;
    const plan = planDrop(design, geometry, [{ id: 'hall-a1', topLeft: { x: building.x - 50, y: building.y + 2 }, point: { x: building.x + 10, y: building.y + 10 } }]);
    expect(plan.moves[0]).toMatchObject({ id: 'hall-a1', parent: 'bldg-b', position: { x: 20, y: 44 } });
  });
});

describe('applyMoves', () => {
  it('writes the new container and cell, and leaves untouched nodes identical', () => {
    const next = applyMoves(design, [{ id: 'gpu-2', parent: 'hall-b1', floor: { row: 1, slot: 2 } }]);
    expect(next.nodes.find((n) => n.id === 'gpu-2')).toMatchObject({ parent: 'hall-b1', floor: { row: 1, slot: 2 } });
    expect(next.nodes.find((n) => n.id === 'gpu-1')).toBe(design.nodes.find((n) => n.id === 'gpu-1'));
  });

  it('takes a switch off the floor when it goes into a rack', () => {
    const next = applyMoves(design, [{ id: 'spine-1', parent: 'net-1' }]);
    const spine = next.nodes.find((n) => n.id === 'spine-1')!;
    expect(spine).toMatchObject({ parent: 'net-1' });
    expect('floor' in spine).toBe(false);
  });

  it('records nothing for a drop where the node already stood (no empty undo step)', () => {
    const gpu1 = design.nodes.find((n) => n.id === 'gpu-1')!;
    expect(applyMoves(design, [{ id: 'gpu-1', parent: 'hall-a1', floor: gpu1.kind === 'rack' ? gpu1.floor : { row: 0, slot: 0 } }])).toBe(design);
  });

  it('keeps canvas positions of buildings and halls in layout', () => {
    const next = applyMoves(design, [{ id: 'bldg-a', parent: null, position: { x: 12.4, y: 30.6 } }]);
    expect(next.layout['bldg-a']).toEqual({ x: 12, y: 31 });
  });
});
