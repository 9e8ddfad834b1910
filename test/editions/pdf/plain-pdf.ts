/** Hand-made PDFs in the form Chromium writes: plain objects, then one cross-reference table and the trailer. */

/** Objects numbered from 1 in the order given; the catalog must be object 2 and the document information 1. */
export function plainPdf(objects: readonly string[], trailer = ''): Uint8Array {
  let text = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = Buffer.byteLength(text, 'latin1');
    text += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(text, 'latin1');
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R${trailer}>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(text, 'latin1');
}

/** A PDF of `pageCount` empty pages with a named destination on the given page of each. */
export function pdfWithDestinations(destinations: ReadonlyMap<string, number>, pageCount: number): Uint8Array {
  const firstPage = 5;
  const pages = Array.from({ length: pageCount }, (_, index) => `${firstPage + index} 0 R`);
  const dests = [...destinations].map(([name, page]) => `/${name} [${firstPage + page - 1} 0 R /XYZ 0 0 0]`);
  return plainPdf([
    '<</Title (Fake)>>',
    '<</Type /Catalog\n/Pages 3 0 R\n/Dests 4 0 R>>',
    `<</Type /Pages\n/Count ${pageCount}\n/Kids [${pages.join(' ')}]>>`,
    `<<${dests.join('\n')}>>`,
    ...pages.map(() => '<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 200 200]>>'),
  ]);
}
