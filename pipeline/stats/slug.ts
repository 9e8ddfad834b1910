/**
 * The one way a label becomes an id in a stats key: "Artificial intelligence" → `artificial-intelligence`. Open
 * lists (technologies, target groups) are free text, so their spellings ("AI chatbots", "ai chatbots ") meet here.
 */
export function slugOf(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
