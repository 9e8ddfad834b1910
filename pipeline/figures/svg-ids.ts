/**
 * Vega numbers the ids in its SVG (a legend's `gradient_1`, a clip's `clip3`) with a counter that runs for the whole
 * process, so the same figure comes out different on a second build in the same process (the preview), and two
 * figures drawn by different processes (one from the cache) can clash on one page. Renumbering each figure's ids
 * from 1 under its own prefix makes them stable and unique.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]!);
  const renamed = new Map(ids.map((id, index) => [id, `${prefix}-${index + 1}`]));
  return svg.replace(/\bid="([^"]+)"|url\(#([^)]+)\)|href="#([^"]+)"/g, (whole, id?: string, url?: string, href?: string) => {
    const name = renamed.get(id ?? url ?? href ?? '');
    if (name === undefined) return whole;
    return id !== undefined ? `id="${name}"` : url !== undefined ? `url(#${name})` : `href="#${name}"`;
  });
}
