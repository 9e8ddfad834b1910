/** Builders for the few hast nodes the chapters stage makes itself, so data-borne text only ever becomes text nodes. */
import type { Element, ElementContent, Properties, Text } from 'hast';

export const text = (value: string): Text => ({ type: 'text', value });

export function element(tagName: string, properties: Properties, children: readonly (ElementContent | string)[] = []): Element {
  return { type: 'element', tagName, properties, children: children.map((child) => (typeof child === 'string' ? text(child) : child)) };
}
