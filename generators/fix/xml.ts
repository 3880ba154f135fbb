/**
 * A minimal XML reader for QuickFIX data dictionaries: elements, attributes, comments and the
 * XML declaration. Dictionaries carry no text content, CDATA or entities beyond the five
 * predefined ones, so nothing more is needed and the generator stays dependency-free and pure.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Parses a document and returns its root element; throws with the offset on malformed input. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const tag =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
    const between = text.slice(last, m.index);
    if (between.trim() !== '')
      throw new Error(`unexpected text at offset ${last}: ${between.trim().slice(0, 40)}`);
    last = tag.lastIndex;
    const [, closing, name, rawAttrs, selfClosing] = m;
    if (name === undefined) continue; // comment or declaration
    const parent = stack[stack.length - 1] as XmlElement;
    if (closing) {
      if (parent.name !== name) throw new Error(`</${name}> at offset ${m.index} closes <${parent.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (rawAttrs ?? '').matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs[a[1] as string] = decode(a[2] ?? a[3] ?? '');
    }
    const element: XmlElement = { name, attrs, children: [] };
    parent.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (text.slice(last).trim() !== '') throw new Error(`unexpected text at offset ${last}`);
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
  const [top] = root.children;
  if (!top || root.children.length !== 1) throw new Error('a document needs exactly one root element');
  return top;
}
