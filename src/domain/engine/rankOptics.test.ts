import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../catalog/catalog.ts';
import { DEFAULT_SETTINGS } from '../model/defaultSettings.ts';
import { rankOptics, type RunQuery } from './rankOptics.ts';

const TH6 = 'generic-102t4-64x1600g';
const ranked = (q: RunQuery) => rankOptics(q, BUILTIN_CATALOG, DEFAULT_SETTINGS);
const pick = (q: RunQuery) => ranked(q).find((o) => o.status !== 'error');

describe('the chooser takes the 2026 catalog like any other', () => {
  it('1.6T between two Tomahawk 6 class switches 400 m apart: a 500 m DR-class 1.6T optic, DR8 or twin-port 2xDR4', () => {
    const q: RunQuery = { modelA: TH6, modelB: TH6, lengthM: 400, path: 'same-hall', rateGbps: 1600 };
    const best = pick(q);
    expect(['1600g-dr8', '1600g-2xdr4']).toContain(best?.optic);
    expect(best?.fit.reachM).toBe(500);
    // no 1.6T PMD publishes a channel loss: the pick says so (a warning), it is never a silent pass
    expect(best).toMatchObject({ status: 'warning', verified: false, fillsCages: true });
    const order = ranked(q).map((o) => o.optic);
    expect(order.indexOf('1600g-2xfr4')).toBeGreaterThan(order.indexOf(best!.optic));
  });

  it.each([
    [400, '400g-dr2'],
    [200, '200g-dr1'],
  ])('%iG between two Tomahawk 6 class switches: the chooser offers %s in the 1.6T DR8 module, filling the cages at their lane rate', (rateGbps, optic) => {
    const best = pick({ modelA: TH6, modelB: TH6, lengthM: 400, path: 'same-hall', rateGbps });
    expect(best).toMatchObject({ optic, moduleA: 'osfp224-1600g-dr8', moduleB: 'osfp224-1600g-dr8', fillsCages: true, matchesLaneRate: true, status: 'warning', verified: false });
    expect(best?.fit.reachM).toBe(500);
  });

  it('1.6T at 1.2 km: the DR-class optics are out of reach, twin-port 2xFR4 (2 km) is picked', () => {
    const options = ranked({ modelA: TH6, modelB: TH6, lengthM: 1200, path: 'cross-hall', rateGbps: 1600 });
    expect(options.find((o) => o.status !== 'error')?.optic).toBe('1600g-2xfr4');
    expect(options.find((o) => o.optic === '1600g-dr8')?.fit.reachStatus).toBe('exceeded');
  });

  it('800G between buildings 40 km apart on OSFP switches: 800ZR, since 800GBASE-LR4 stops at 10 km', () => {
    const options = ranked({ modelA: 'sn5600', modelB: 'sn5600', lengthM: 40000, path: 'cross-building', rateGbps: 800 });
    const best = options.find((o) => o.status !== 'error');
    expect(best).toMatchObject({ optic: '800g-zr', moduleA: 'osfp-800g-zr', status: 'warning', verified: false });
    expect(best?.fit).toMatchObject({ reachM: 120000, lossStatus: 'no-budget' });
    expect(options.find((o) => o.optic === '800g-lr4')?.fit.reachStatus).toBe('exceeded');
  });

  it('800G at 8 km on campus: 800GBASE-LR4 before 800ZR (the shorter reach class that passes)', () => {
    const order = ranked({ modelA: 'sn5600', modelB: 'sn5600', lengthM: 8000, path: 'cross-building', rateGbps: 800 })
      .filter((o) => o.status !== 'error')
      .map((o) => o.optic);
    expect(order.slice(0, 2)).toEqual(['800g-lr4', '800g-zr']);
  });

  it('400G at 100 km between QSFP-DD switches: ZR+ (120 km amplified), past 400GBASE-ZR\'s 80 km', () => {
    const options = ranked({ modelA: 'generic-25t6-64x400g-qsfpdd', modelB: 'generic-25t6-64x400g-qsfpdd', lengthM: 100000, path: 'cross-building', rateGbps: 400 });
    expect(options.find((o) => o.status !== 'error')).toMatchObject({ optic: '400g-zr-plus', moduleA: 'qsfpdd-400g-zr-plus', wattsPerLink: 45 });
    expect(options.find((o) => o.optic === '400g-zr')?.status).toBe('error');
  });

  it('800G between two ConnectX-8 OSFP224 ports: the 200G-lane 800GBASE-DR4 before the 100G-lane parts, though those publish a loss budget', () => {
    const options = ranked({ modelA: 'hgx-8gpu-800g', modelB: 'hgx-8gpu-800g', lengthM: 20, path: 'same-hall', rateGbps: 800 });
    expect(options[0]).toMatchObject({ optic: '800g-dr4', moduleA: 'osfp224-800g-dr4-flat', matchesLaneRate: true, fillsCages: true });
    const dr8 = options.find((o) => o.optic === '800g-dr8');
    // 800GBASE-DR8 (8 x 100G, 3.0 dB published) passes verified, yet runs the 200G-lane cage on 100G lanes
    expect(dr8).toMatchObject({ status: 'ok', verified: true, matchesLaneRate: false });
    expect(options.indexOf(dr8!)).toBeGreaterThan(0);
  });

  it('a co-packaged switch port adds no module power: the link costs only the far end\'s module', () => {
    const options = ranked({ modelA: 'q3450-ld', modelB: 'q3450-ld', lengthM: 100, path: 'same-hall', rateGbps: 800 });
    expect(options.map((o) => [o.optic, o.moduleA, o.moduleB, o.wattsPerLink])).toEqual([['800g-dr4', 'cpo-800g-port', 'cpo-800g-port', 0]]);
  });
});
