// The text of a PDF, page by page (pdf.js): what a printed page really holds, and how far below the
// page's top edge its first text starts (a blank top shows as a large offset).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  text: string;
  /** Points from the top edge of the page to the top of its first line of text. */
  top: number;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const content = await page.getTextContent();
    const lines: string[] = [];
    let line = '';
    let highest = 0;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      if (item.str.trim()) highest = Math.max(highest, item.transform[5] + item.height);
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
    pages.push({ text: lines.join('\n'), top: height - highest });
  }
  await doc.destroy();
  return pages;
}
