/**
 * A small Markdown-to-HTML renderer for the hand-written Rules of Engagement prose: headings,
 * paragraphs, bullet lists, fenced code, pipe tables, `code`, **bold**. Enough for one page, and
 * deterministic, so the generated page never changes unless the spec does.
 */

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

/** The anchor id of a heading. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function renderMarkdown(md: string): string {
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length > 0) out.push(`<p>${inline(para.join(' '))}</p>`);
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith('```')) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !(lines[i] as string).startsWith('```'); i++)
        code.push(lines[i] as string);
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const h = /^(#{1,4}) (.*)$/.exec(line);
    if (h) {
      flush();
      const level = (h[1] as string).length;
      const text = h[2] as string;
      out.push(`<h${level} id="${slug(text)}">${inline(text)}</h${level}>`);
      continue;
    }
    if (line.startsWith('- ')) {
      flush();
      const items: string[] = [];
      for (; i < lines.length && /^(- | {2}\S)/.test(lines[i] as string); i++) {
        const l = lines[i] as string;
        if (l.startsWith('- ')) items.push(l.slice(2));
        else items[items.length - 1] += ` ${l.trim()}`;
      }
      i--;
      out.push(`<ul>\n${items.map((it) => `<li>${inline(it)}</li>`).join('\n')}\n</ul>`);
      continue;
    }
    if (line.startsWith('|')) {
      flush();
      const rows: string[][] = [];
      for (; i < lines.length && (lines[i] as string).startsWith('|'); i++) {
        const cells = (lines[i] as string)
          .slice(1, -1)
          .split('|')
          .map((c) => c.trim());
        if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells);
      }
      i--;
      const [head, ...body] = rows;
      out.push(renderTable(head ?? [], body, true));
      continue;
    }
    if (line.trim() === '') flush();
    else para.push(line.trim());
  }
  flush();
  return out.join('\n');
}

/** An HTML table; cells are Markdown inline text unless `markdown` is false (then escaped only). */
export function renderTable(head: string[], body: string[][], markdown: boolean): string {
  const cell = (c: string) => (markdown ? inline(c) : escapeHtml(c));
  const th = head.map((c) => `<th>${cell(c)}</th>`).join('');
  const trs = body.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${trs}\n</tbody>\n</table>`;
}
