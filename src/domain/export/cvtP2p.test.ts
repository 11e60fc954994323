import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../engine/analyzeDesign.ts';
import { parseDesign } from '../format/parseDesign.ts';
import { cutsheetSize } from '../report/cutsheet.ts';
import { CVT_HEADER, cvtPort, cvtRows, cvtSheets } from './cvtP2p.ts';
import { cvtXlsx } from './cvtXlsx.ts';

const example = (name: string) => {
  const parsed = parseDesign(readFileSync(`public/examples/${name}.fabric.json`, 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return { design: parsed.design, analysis: analyzeDesign(parsed.design) };
};

describe('CVT P2P', () => {
  it('writes ports as NVIDIA does: the cage, and cage/port for a split cage', () => {
    expect(cvtPort('OSFP2/1', 'OSFP')).toBe('2/1');
    expect(cvtPort('OSFP224', 'OSFP224')).toBe('');
    expect(cvtPort('OSFP22412', 'OSFP224')).toBe('12');
    expect(cvtPort('QSFP-DD7', 'QSFP-DD')).toBe('7');
  });

  for (const name of ['two-building-lr4', 'dgx-h100-su', 'faults']) {
    it(`${name}: one row per cable of the schedule, Host or Switch at each end`, () => {
      const { design, analysis } = example(name);
      const rows = cvtRows(design, analysis);
      expect(rows).toHaveLength(cutsheetSize(analysis));
      for (const r of rows) {
        expect(['Host', 'Switch']).toContain(r[3]);
        expect(['Host', 'Switch']).toContain(r[8]);
        expect(r[4]).toMatch(/^\d+(\/\d+)?$/);
      }
    });
  }

  it('a GPU server to leaf cable is Host to Switch, split ports on the twin-port OSFP', () => {
    const { design, analysis } = example('dgx-h100-su');
    const first = cvtRows(design, analysis)[0]!;
    expect(first[3]).toBe('Host');
    expect(first[8]).toBe('Switch');
    expect(first[4]).toBe('1/1');
  });

  it('the workbook has one sheet per fabric with the P2P header and every row', async () => {
    const { design, analysis } = example('faults');
    const sheets = cvtSheets(design, analysis);
    const zip = unzipSync(new Uint8Array(await (await cvtXlsx(sheets)).arrayBuffer()));
    const workbook = new DOMParser().parseFromString(strFromU8(zip['xl/workbook.xml']!), 'text/xml');
    const names = Array.from(workbook.getElementsByTagName('sheet')).map((s) => s.getAttribute('name'));
    expect(names).toEqual(sheets.map((s) => s.name));
    const strings = new DOMParser().parseFromString(strFromU8(zip['xl/sharedStrings.xml']!), 'text/xml');
    const text = Array.from(strings.getElementsByTagName('t')).map((t) => t.textContent);
    expect(text).toEqual(expect.arrayContaining([...CVT_HEADER]));
    sheets.forEach((sheet, i) => {
      const xml = new DOMParser().parseFromString(strFromU8(zip[`xl/worksheets/sheet${i + 1}.xml`]!), 'text/xml');
      expect(xml.getElementsByTagName('row').length).toBe(sheet.rows.length + 1);
    });
    expect(sheets.reduce((n, s) => n + s.rows.length, 0)).toBe(cutsheetSize(analysis));
  });
});
