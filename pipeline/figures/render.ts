/**
 * Drawing a bound Vega-Lite spec as SVG in Node, with no browser: Vega-Lite compiles it to Vega, a headless Vega view
 * renders it. What either library logs is collected, not printed, so the figures stage can report it.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { messages } from '../messages.ts';
import { measureTextInReportFont } from './text-width.ts';
import { figureWidth, quietInk, theme } from './theme.ts';

// Once, when the stage loads: Vega's text measure belongs to the process, not to a view.
measureTextInReportFont();

export interface Drawing {
  /** Undefined when the spec cannot be drawn; `errors` say why. */
  svg?: string;
  errors: string[];
  warnings: string[];
}

export async function drawSvg(spec: TopLevelSpec): Promise<Drawing> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn, undefined, (_method, level, args) => {
    (level === 'ERROR' ? errors : warnings).push(args.map(String).join(' '));
  });
  try {
    const vegaSpec = compile(spec, { config: theme, logger }).spec;
    const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none', logger });
    const svg = await view.toSVG();
    view.finalize();
    return errors.length > 0 ? { errors, warnings } : { svg, errors, warnings };
  } catch (error) {
    return { errors: [...errors, error instanceof Error ? error.message : String(error)], warnings };
  }
}

/** What a figure shows when its table has no rows: the words, in the space the chart would take, never a blank box. */
export function noDataSpec(width: unknown): TopLevelSpec {
  return {
    width: typeof width === 'number' ? width : figureWidth,
    height: 80,
    data: { values: [{}] },
    mark: { type: 'text', fontSize: 14, color: quietInk },
    encoding: { text: { value: messages.noData() } },
  };
}
