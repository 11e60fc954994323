import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../domain/catalog/catalog.ts';
import { INITIAL_FORM, readForm, type FabricForm, type NumberField } from './fabricForm.ts';

const withNumber = (field: NumberField, text: string): FabricForm => ({ ...INITIAL_FORM, numbers: { ...INITIAL_FORM.numbers, [field]: text } });

describe('reading the Generate fabric form', () => {
  it('turns the initial form into parameters with every number parsed', () => {
    const r = readForm(INITIAL_FORM, BUILTIN_CATALOG);
    expect(r.fieldErrors).toEqual({});
    expect(r.params).toMatchObject({ template: 'rail-optimized', servers: 128, serverModel: 'dgx-h100', switchModel: 'qm9700', oversubscription: 1, optics: {} });
    // tiers 'auto' and an empty SU size leave the choice to the generator
    expect(r.params).not.toHaveProperty('tiers');
    expect(r.params).not.toHaveProperty('suServers');
    expect(r.params).not.toHaveProperty('planes');
    expect(r.params).not.toHaveProperty('rackType');
  });

  it('passes planes and a rack type through', () => {
    const nvl72: FabricForm = { ...INITIAL_FORM, rackType: 'gb300-nvl72', serverModel: 'gb300-tray', switchModel: 'sn5600', numbers: { ...INITIAL_FORM.numbers, servers: '144', serversPerRack: '18', planes: '2' } };
    const r = readForm(nvl72, BUILTIN_CATALOG);
    expect(r.fieldErrors).toEqual({});
    expect(r.params).toMatchObject({ rackType: 'gb300-nvl72', serverModel: 'gb300-tray', planes: 2, servers: 144 });
  });

  it('passes fixed tiers and fixed optics through', () => {
    const r = readForm({ ...INITIAL_FORM, tiers: '3', optics: { serverLeaf: '', leafSpine: '400g-dr4', spineCore: '' } }, BUILTIN_CATALOG);
    expect(r.params).toMatchObject({ tiers: 3, optics: { leafSpine: '400g-dr4' } });
  });

  it.each<[NumberField, string, RegExp]>([
    ['servers', '', /^Enter a number/],
    ['servers', '0', /^Must be a whole number of at least 1/],
    ['suServers', '2.5', /^Must be a whole number/],
    ['planes', '2', /^The compute ports of dgx-h100 do not split into 2/],
    ['oversubscription', '0.5', /^Must be 1 or more/],
    ['reservedLeafPorts', '-1', /^Must be a whole number of at least 0/],
    ['serversPerRack', 'four', /^Enter a number/],
    ['halls', '0', /^Must be a whole number of at least 1/],
    ['buildings', '0', /^Must be a whole number of at least 1/],
    ['buildingDistanceM', '-5', /^Must be a distance of 0 m or more/],
    ['hallDistanceM', '-1', /^Must be a distance/],
  ])('puts the message for %s = "%s" under that field', (field, text, message) => {
    const r = readForm(withNumber(field, text), BUILTIN_CATALOG);
    expect(r.params).toBeNull();
    expect(Object.keys(r.fieldErrors)).toEqual([field]);
    expect(r.fieldErrors[field]).toMatch(message);
    expect(r.otherProblems).toEqual([]);
  });

  it('puts catalog problems under the model or optic they concern', () => {
    const wrongSwitch = readForm({ ...INITIAL_FORM, switchModel: 'q3400' }, BUILTIN_CATALOG);
    expect(wrongSwitch.fieldErrors.switchModel).toMatch(/^q3400's fabric ports have no 400G mode/);
    const wrongOptic = readForm({ ...INITIAL_FORM, optics: { serverLeaf: '800g-dr8', leafSpine: '', spineCore: '' } }, BUILTIN_CATALOG);
    expect(wrongOptic.fieldErrors['optics.serverLeaf']).toMatch(/^800g-dr8 runs at 800G but the fabric runs at 400G/);
  });
});
