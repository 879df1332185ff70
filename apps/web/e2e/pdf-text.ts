import { inflateSync } from 'node:zlib';

// The text of a PDF as Chromium (Skia) writes it, read with Node alone (no PDF package is installed):
// every object's stream is inflated (FlateDecode), each font's ToUnicode CMap maps its glyph codes
// back to characters, and the content streams' Tj/TJ strings are decoded with the font set by Tf.
// Enough to check what a printed page says; not a general PDF reader (no object streams, no
// encryption, no xref needed: Skia writes none of the first two and objects are read by scanning).

type PdfObject = { dict: string; stream: Buffer | null };

export type PdfSummary = { pages: number; text: string };

export function readPdf(pdf: Buffer): PdfSummary {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
  const objects = parseObjects(pdf);
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page\b/.test(o.dict)).length;

  // Font resource name (/F4) → its ToUnicode map. Skia names fonts once per document.
  const fonts = new Map<string, CMap>();
  for (const o of objects.values()) {
    for (const block of o.dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, ref] of block[1]!.matchAll(/\/([^\s/<>]+)\s+(\d+)\s+0\s+R/g)) {
        const font = objects.get(Number(ref));
        const toUnicode = font?.dict.match(/\/ToUnicode\s+(\d+)\s+0\s+R/);
        const cmap = toUnicode && objects.get(Number(toUnicode[1]))?.stream;
        if (cmap) fonts.set(name!, parseCMap(cmap.toString('latin1')));
      }
    }
  }

  const text: string[] = [];
  for (const o of objects.values()) {
    if (!o.stream || /\/ToUnicode|\/Subtype\s*\/(Image|Type1C|CIDFontType0C|OpenType)|\/Length1/.test(o.dict)) continue;
    const content = o.stream.toString('latin1');
    if (!/\bT[jJ]\b/.test(content)) continue;
    text.push(decodeContent(content, fonts));
  }
  return { pages, text: text.join('\n') };
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const head = /(\d+)\s+0\s+obj\b/g;
  for (let m = head.exec(raw); m; m = head.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endobj', start);
    if (end < 0) break;
    const body = raw.slice(start, end);
    const at = body.search(/\bstream\r?\n/);
    let stream: Buffer | null = null;
    let dict = body;
    if (at >= 0) {
      dict = body.slice(0, at);
      const dataStart = start + at + (body.slice(at).startsWith('stream\r\n') ? 8 : 7);
      const length = dict.match(/\/Length\s+(\d+)(?!\s+0\s+R)/);
      const dataEnd = length ? dataStart + Number(length[1]) : raw.lastIndexOf('endstream', end);
      const data = pdf.subarray(dataStart, dataEnd);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(data) : data;
    }
    objects.set(Number(m[1]), { dict, stream });
    head.lastIndex = end;
  }
  return objects;
}

type CMap = { width: number; codes: Map<number, string> };

/** bfchar and bfrange of a ToUnicode CMap; codes as numbers, characters as UTF-16BE. */
function parseCMap(cmap: string): CMap {
  const codes = new Map<number, string>();
  let width = 1;
  const utf16 = (hex: string) => {
    const units: number[] = [];
    for (let i = 0; i + 4 <= hex.length; i += 4) units.push(Number.parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) {
      width = src!.length / 2;
      codes.set(Number.parseInt(src!, 16), utf16(dst!));
    }
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of body!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g,
    )) {
      width = lo!.length / 2;
      const from = Number.parseInt(lo!, 16);
      const to = Number.parseInt(hi!, 16);
      if (rest!.startsWith('[')) {
        const list = [...rest!.matchAll(/<([0-9a-fA-F]*)>/g)].map((d) => utf16(d[1]!));
        for (let c = from; c <= to; c++) codes.set(c, list[c - from] ?? '');
      } else {
        const base = rest!.slice(1, -1);
        const last = Number.parseInt(base.slice(-4), 16);
        for (let c = from; c <= to; c++) {
          codes.set(c, utf16(base.slice(0, -4)) + String.fromCharCode(last + (c - from)));
        }
      }
    }
  }
  return { width, codes };
}

/** The strings shown by Tj, TJ, ' and ", each in its font; a new line at each text positioning. */
function decodeContent(content: string, fonts: Map<string, CMap>): string {
  let font: CMap | undefined;
  let out = '';
  const token = /\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\)|\b(Td|TD|Tm|T\*|BT|ET)\b/g;
  for (const m of content.matchAll(token)) {
    if (m[1] !== undefined) font = fonts.get(m[1]);
    else if (m[2] !== undefined) out += decodeHex(m[2].replace(/\s+/g, ''), font);
    else if (m[3] !== undefined) out += m[3].replace(/\\([()\\])/g, '$1');
    else if (m[4] === 'BT' || m[4] === 'T*' || m[4] === 'Td' || m[4] === 'TD' || m[4] === 'Tm') out += ' ';
  }
  return out;
}

function decodeHex(hex: string, font: CMap | undefined): string {
  if (!font) return '';
  const step = font.width * 2;
  let out = '';
  for (let i = 0; i + step <= hex.length; i += step)
    out += font.codes.get(Number.parseInt(hex.slice(i, i + step), 16)) ?? '';
  return out;
}

/** Whitespace left out: a PDF places words and lines by position, not always with a space glyph. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
