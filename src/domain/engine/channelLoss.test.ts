import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import type { ChannelTemplate, LinkGroup, Settings } from '../model/design.ts';
import { building, design, hall, linkGroup, switches } from '../testing/designBuilder.ts';
import { analyzeDesign } from './analyzeDesign.ts';
import { channelLoss } from './channelLoss.ts';

const SW = 'generic-25t6-64x400g-qsfpdd';
const twoSwitches = (link: LinkGroup, settings: Partial<Settings> = {}) =>
  design([building('b'), hall('h', 'b'), switches('s1', 'h', SW, 'leaf', 1, { row: 0, slot: 0 }), switches('s2', 'h', SW, 'spine', 1, { row: 4, slot: 0 })], [link], settings);
const verdictOf = (link: LinkGroup, settings: Partial<Settings> = {}) => analyzeDesign(twoSwitches(link, settings)).linkById.get(link.id)!;

/** Same hall through two cassettes: an MPO optic meets two MPO pairs at each. */
const CASSETTES: ChannelTemplate = [{ kind: 'cord' }, { kind: 'cassette', at: 'row' }, { kind: 'trunk' }, { kind: 'cassette', at: 'row' }, { kind: 'cord' }];

describe('connector classes in the loss budget', () => {
  const dr4 = BUILTIN_CATALOG.optics['400g-dr4']!;
  // 0.5 km x 0.4 dB/km = 0.2 dB of fiber; DR4's budget is 3.0 dB on OS2 (IEEE 802.3 cl. 124)
  it.each([
    [0.75, 0.2 + 4 * 0.75, 'exceeded'],
    [0.35, 0.2 + 4 * 0.35, 'ok'],
  ])('a DR4 channel at 500 m with four MPO connections at %s dB: loss %s dB, %s', (mpoDb, lossDb, status) => {
    const v = verdictOf(linkGroup('dr4', 's1', 's2', 4, '400g-dr4', { lengthM: 500, channel: CASSETTES }), { connectorLossDb: { lc: 0.25, mpo: mpoDb } });
    expect(v.lengthM).toBe(500);
    expect(v.plant.connectors.map((c) => [c.type, c.apc, c.lossDb])).toEqual(Array.from({ length: 4 }, () => ['mpo', true, mpoDb]));
    expect(v.fit?.budgetDb).toBe(dr4.maxChannelLossDb.OS2);
    expect(v.fit?.lossDb).toBeCloseTo(lossDb, 2);
    expect(v.fit?.lossStatus).toBe(status);
    expect(v.findings.some((f) => f.code === 'loss-budget-exceeded' && f.severity === 'error')).toBe(status === 'exceeded');
  });

  it('a duplex optic through cassettes meets an LC pair in front and an MPO pair behind each', () => {
    const v = verdictOf(linkGroup('fr4', 's1', 's2', 4, '400g-fr4', { channel: CASSETTES }), { connectorLossDb: { lc: 0.25, mpo: 0.35 } });
    expect(v.plant.connectors.map((c) => `${c.type}@${c.at}`)).toEqual(['lc@row', 'mpo@row', 'lc@row', 'mpo@row']);
    const loss = channelLoss(v.lengthM, v.plant);
    expect(loss.connectorsDb).toBeCloseTo(2 * 0.25 + 2 * 0.35, 6);
    expect(loss.totalDb).toBeCloseTo((v.lengthM / 1000) * 0.4 + 1.2, 2);
    expect(v.fit?.lossDb).toBe(loss.totalDb);
  });

  it('one figure applies to every connector; a type left out of the object takes the 0.5 dB default', () => {
    expect(verdictOf(linkGroup('x', 's1', 's2', 4, '400g-dr4'), { connectorLossDb: 0.2 }).plant.connectors.map((c) => c.lossDb)).toEqual([0.2, 0.2]);
    expect(verdictOf(linkGroup('x', 's1', 's2', 4, '400g-dr4'), { connectorLossDb: { lc: 0.25 } }).plant.connectors.map((c) => c.lossDb)).toEqual([0.5, 0.5]);
  });

  it("the link's connection count still wins over its channel, at its connectors' class", () => {
    const v = verdictOf(linkGroup('x', 's1', 's2', 4, '400g-dr4', { connections: 3 }), { connectorLossDb: { mpo: 0.35 } });
    expect(v.plant.connectors.map((c) => [c.type, c.lossDb])).toEqual([['mpo', 0.35], ['mpo', 0.35], ['mpo', 0.35]]);
  });

  it('default channels keep the counts of DOMAIN.md: same hall 2 connections, no splices', () => {
    const v = verdictOf(linkGroup('x', 's1', 's2', 4, '400g-dr4'));
    expect([v.plant.connections, v.plant.splices]).toEqual([2, 0]);
  });
});
