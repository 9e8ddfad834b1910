import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderFigures } from '../pipeline/figures/index.ts';
import { computeStats } from '../pipeline/stats/index.ts';
import { loadSample } from './sample.ts';
const stats = computeStats(await loadSample());
const only = process.argv[2];
const specs = readdirSync('templates/figures').filter((n) => n.endsWith('.vl.json') && (!only || n.includes(only))).map((n) => ({ path: `templates/figures/${n}`, text: readFileSync(`templates/figures/${n}`, 'utf8') }));
const atlas = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'));
const chapters = readdirSync('templates/chapters').map((n) => n.replace(/\.md$/, ''));
const t = performance.now();
const { figures, diagnostics } = await renderFigures({ specs, stats, atlas, chapters });
console.log('ms', performance.now() - t);
for (const d of diagnostics) console.log(d.file, d.line, d.rule, d.message);
mkdirSync('/tmp/figs', { recursive: true });
for (const f of figures) {
  writeFileSync(`/tmp/figs/${f.id}.html`, `<html><body style="margin:0;width:520px;font-family:'Source Sans 3'"><h3>${f.title}</h3><p>${f.subtitle}</p>${f.svg}<p>${f.note}</p><p>${f.source}</p><p><i>${f.alt}</i></p></body></html>`);
  console.log(f.id, f.chapter, f.svg.length, '\n  ALT:', f.alt);
}
