/** The FIX generator: deterministic, headed, faithful to the dictionary, strict on bad input. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIX_OUTPUTS, generateFix } from '../../generators/fix/index.ts';
import { readDictionary } from '../../generators/fix/model.ts';

const input = {
  dictionaryXml: readFileSync('spec/fix/FIX44.xml', 'utf8'),
  rulesOfEngagement: readFileSync('spec/fix/rules-of-engagement.md', 'utf8'),
};

describe('generateFix', () => {
  it('is deterministic and writes exactly the documented outputs, each with the generated header', () => {
    const a = generateFix(input);
    const b = generateFix(input);
    expect(a).toEqual(b);
    expect(Object.keys(a).sort()).toEqual(Object.values(FIX_OUTPUTS).sort());
    expect(a[FIX_OUTPUTS.types]?.split('\n')[0]).toBe(
      '// Generated from spec/fix/FIX44.xml by generators/fix/index.ts — do not edit.',
    );
    expect(a[FIX_OUTPUTS.rulesOfEngagement]?.split('\n')[0]).toMatch(
      /^<!-- Generated from spec\/fix\/FIX44.xml .* do not edit. -->$/,
    );
  });

  it('emits the tables and types the gateway validates against', () => {
    const ts = generateFix(input)[FIX_OUTPUTS.types] ?? '';
    const given: Array<[string, RegExp]> = [
      ['tag constant', /^ {2}ClOrdID: 11,$/m],
      ['enum constant', /^export const Side = \{\n {2}Buy: "1",\n {2}Sell: "2",\n\} as const;$/m],
      [
        'custom field',
        /8013: \{ tag: 8013, name: "CancelOnDisconnect", type: "BOOLEAN", values: \["N", "Y"\] \}/,
      ],
      ['required member', /\{ tag: 11, required: true \}, \/\/ ClOrdID/],
      ['group', /\{ tag: 267, required: true, group: \{ members: \[/],
      [
        'typed message',
        /export interface NewOrderSingle \{[\s\S]*?ClOrdID: string;[\s\S]*?OrderQty\?: string;/,
      ],
      ['enum-typed field', /Side: Side;/],
    ];
    for (const [what, want] of given) expect(ts, what).toMatch(want);
  });

  it('renders every message in the Rules of Engagement with its fields', () => {
    const html = generateFix(input)[FIX_OUTPUTS.rulesOfEngagement] ?? '';
    const dict = readDictionary(input.dictionaryXml);
    for (const m of dict.messages) expect(html).toContain(`${m.name} (35=${m.msgType}`);
    expect(html).toContain('<td>8015</td><td>VenueRejectCode</td>');
    expect(html).toContain('<h2 id="sessions">Sessions</h2>');
  });

  it('refuses a dictionary whose message names an undefined field', () => {
    const bad = input.dictionaryXml.replace(
      '<field name="TestReqID" required="N"/>',
      '<field name="NoSuchField" required="N"/>',
    );
    expect(() => generateFix({ ...input, dictionaryXml: bad })).toThrow(/NoSuchField/);
  });

  it('refuses malformed XML with a position', () => {
    expect(() => generateFix({ ...input, dictionaryXml: '<fix><messages></fix>' })).toThrow(
      /closes <messages>/,
    );
  });
});
