/**
 * Emits the FIX Rules of Engagement page (`generated/docs/fix-rules-of-engagement.html`): the
 * hand-written session and trading rules from spec/fix/rules-of-engagement.md, followed by
 * tables generated from the dictionary, so the message reference can never drift from what the
 * gateway validates against.
 */

import { escapeHtml, renderMarkdown, renderTable, slug } from './markdown.ts';
import { type FixDictionary, type FixMember, fieldOf } from './model.ts';

function memberRows(dict: FixDictionary, members: FixMember[], depth: number): string[][] {
  const rows: string[][] = [];
  for (const m of members) {
    const f = fieldOf(dict, m.tag);
    const values = f.values.map((v) => `${v.value} = ${v.description}`).join('; ');
    const name = `${'↳ '.repeat(depth)}${f.name}`;
    rows.push([String(f.tag), name, f.type, m.required ? 'Y' : 'N', values]);
    if (m.group) rows.push(...memberRows(dict, m.group.members, depth + 1));
  }
  return rows;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#1b1f24}
table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}code,pre{font-family:ui-monospace,monospace;font-size:13px}pre{background:#f6f8fa;padding:1em;overflow:auto}
nav ul{columns:2}`;

/** Spec section: the whole dictionary plus the Rules of Engagement prose. */
export function emitRulesOfEngagement(dict: FixDictionary, prose: string): string {
  const sections: string[] = [];
  const nav: string[] = [];
  for (const category of ['admin', 'app'] as const) {
    for (const m of dict.messages.filter((x) => x.category === category)) {
      const id = slug(`msg-${m.name}`);
      nav.push(`<li><a href="#${id}">${escapeHtml(m.name)} (35=${escapeHtml(m.msgType)})</a></li>`);
      sections.push(`<h3 id="${id}">${escapeHtml(m.name)} (35=${escapeHtml(m.msgType)}, ${category})</h3>`);
      sections.push(
        renderTable(['Tag', 'Field', 'Type', 'Req', 'Values'], memberRows(dict, m.members, 0), false),
      );
    }
  }
  const headerRows = memberRows(dict, dict.header, 0);
  const custom = dict.fields.filter((f) => f.tag >= 5000);
  const customRows = custom.map((f) => [
    String(f.tag),
    f.name,
    f.type,
    f.values.map((v) => `${v.value} = ${v.description}`).join('; '),
  ]);
  return `<!-- Generated from spec/fix/FIX44.xml and spec/fix/rules-of-engagement.md by generators/fix/index.ts — do not edit. -->
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>OpenVenue FIX 4.4 Rules of Engagement</title>
<style>${STYLE}</style>
</head>
<body>
${renderMarkdown(prose)}
<h2 id="message-reference">Message reference</h2>
<p>Generated from the data dictionary (${escapeHtml(dict.beginString)}). A tag not listed for a message is refused with a session Reject (35=3).</p>
<nav><ul>
${nav.join('\n')}
</ul></nav>
<h3 id="standard-header">Standard header</h3>
${renderTable(['Tag', 'Field', 'Type', 'Req', 'Values'], headerRows, false)}
${sections.join('\n')}
<h3 id="custom-fields">Custom fields</h3>
${renderTable(['Tag', 'Field', 'Type', 'Values'], customRows, false)}
</body>
</html>
`;
}
