import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { parseDesign } from './parseDesign.ts';

const seed = JSON.parse(readFileSync(new URL('../../../public/examples/two-building-lr4.fabric.json', import.meta.url), 'utf8'));

/** A design that brings its own 400G "ZR-lite" optic and QSFP-DD module, and its own switch model. */
const withOwnCatalog = {
  ...seed,
  catalog: {
    optics: {
      'acme-400g-lr4-20': {
        name: 'ACME 400G-LR4-20', standard: 'vendor', rateGbps: 400, medium: 'smf', reachM: { OS2: 20000 },
        maxChannelLossDb: { OS2: 12 }, connector: 'lc-duplex', strands: 2, lanes: 4, wavelengthsNm: [1271, 1291, 1311, 1331],
        breakouts: [], confidence: 'unverified', source: 'ACME datasheet rev A',
      },
    },
    modules: {
      'acme-qsfpdd-400g-lr4-20': {
        name: 'ACME QSFP-DD 400G-LR4-20', part: 'ACME-QDD-LR4-20', kind: 'transceiver', formFactor: 'QSFP-DD',
        carries: [{ optic: 'acme-400g-lr4-20', linksPerModule: 1 }], powerW: 14, powerBasis: 'max', source: 'ACME datasheet rev A',
      },
    },
    devices: {
      'acme-spine-64': {
        name: 'ACME 64 x 400G spine', vendor: 'ACME', kind: 'switch', gpus: 0, rackUnits: 2, powerTypW: null, powerMaxW: 2200,
        portGroups: [{ purpose: 'fabric', cages: 64, formFactor: 'QSFP-DD', modes: [{ ports: 1, rateGbps: 400 }] }],
        confidence: 'low', source: 'ACME datasheet rev A',
      },
    },
  },
};

describe("a design's own catalog entries", () => {
  it('are read through the same schema and used by the engine', () => {
    const doc = structuredClone(withOwnCatalog);
    doc.nodes.find((n: { id: string }) => n.id === 'spine-b').model = 'acme-spine-64';
    doc.links.find((l: { id: string }) => l.id === 'a-to-b').optic = 'acme-400g-lr4-20';
    doc.settings.campusRoutes = [{ a: 'bldg-a', b: 'bldg-b', lengthM: 15000 }];
    const r = parseDesign(JSON.stringify(doc));
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    const a = analyzeDesign(r.design);
    const v = a.linkById.get('a-to-b')!;
    expect(v.endB?.moduleId).toBe('acme-qsfpdd-400g-lr4-20');
    expect(v.lengthM).toBeGreaterThan(15000);
    expect(v.findings.map((f) => f.code)).toEqual([]);
    expect(v.status).toBe('ok');
    expect(a.bom.devices).toContainEqual(expect.objectContaining({ model: 'acme-spine-64', count: 1, powerMaxW: 2200 }));
  });

  it('are refused with a path when they break the schema', () => {
    const doc = structuredClone(withOwnCatalog);
    doc.catalog.optics['acme-400g-lr4-20'].reachM = { OS2: -5 };
    doc.catalog.modules['acme-qsfpdd-400g-lr4-20'].formFactor = 'QSFP-XL';
    const r = parseDesign(JSON.stringify(doc));
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual([
      '$.catalog.optics.acme-400g-lr4-20.reachM.OS2',
      '$.catalog.modules.acme-qsfpdd-400g-lr4-20.formFactor',
    ]);
  });
});
