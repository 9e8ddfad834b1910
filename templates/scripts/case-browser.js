// The case browser (cases.html): lists every case from the page's JSON and filters the list as the reader chooses.
// Case text comes from submissions anyone can make, so it only ever becomes text (textContent), never markup.
'use strict';

(() => {
  const data = JSON.parse(document.getElementById('case-data').textContent);
  const form = document.getElementById('case-filters');
  const table = document.querySelector('table.case-browser');
  const body = document.getElementById('case-rows');
  const status = document.getElementById('case-status');

  /** Lower case without accents, so "politica" finds "política". */
  const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

  const element = (name, text, className) => {
    const node = document.createElement(name);
    if (text !== undefined) node.textContent = text;
    if (className !== undefined) node.className = className;
    return node;
  };

  const list = (items) => {
    const ul = element('ul', undefined, 'plain-list');
    for (const item of items) ul.append(element('li', item));
    return ul;
  };

  /**
   * A link to a place in the report or to the case's site. The build passes only relative and http(s) addresses;
   * checking again here means no other scheme (javascript:) can become a link even if that ever changed.
   */
  const link = (href, text) => {
    const a = element('a', text);
    a.href = href;
    return ['http:', 'https:', 'file:'].includes(a.protocol) ? a : element('span', text);
  };

  const caseCell = (c) => {
    const cell = element('th');
    cell.scope = 'row';
    cell.append(element('span', c.title, 'case-title'));
    if (c.organisation) cell.append(element('span', c.organisation, 'case-organisation'));
    if (c.summary) cell.append(element('p', c.summary, 'case-summary'));
    const links = [];
    if (c.box) links.push(link(c.box.href, `${table.dataset.boxLabel} ${c.box.number}`));
    if (c.url) links.push(link(c.url, table.dataset.websiteLabel));
    if (links.length > 0) {
      const p = element('p', undefined, 'case-links');
      p.append(...links.flatMap((a, i) => (i === 0 ? [a] : [' · ', a])));
      cell.append(p);
    }
    return cell;
  };

  const row = (c) => {
    const tr = element('tr');
    tr.id = c.anchor;
    const cell = (content) => {
      const td = element('td');
      td.append(content);
      return td;
    };
    tr.append(
      caseCell(c),
      cell(data.labels.country[c.country] ?? c.country),
      cell(data.labels.level[c.level] ?? c.level),
      cell(list(c.trends.map((t) => data.labels.trend[t] ?? t))),
      cell(list(c.technologies)),
    );
    return tr;
  };

  const entries = data.cases.map((c) => ({ c, tr: row(c), text: fold(`${c.title} ${c.summary}`) }));
  body.replaceChildren(...entries.map((entry) => entry.tr));

  /** Which values each filter takes from a case; a case with several (trends, technologies) matches any of them. */
  const valuesOf = {
    trend: (c) => c.trends,
    region: (c) => [c.region],
    country: (c) => [c.country],
    level: (c) => [c.level],
    technology: (c) => c.technologies,
  };

  const filter = () => {
    const words = fold(form.elements.q.value).split(/\s+/).filter(Boolean);
    const chosen = Object.keys(valuesOf).map((name) => [name, form.elements[name].value]).filter(([, value]) => value !== '');
    let shown = 0;
    for (const { c, tr, text } of entries) {
      const visible = words.every((word) => text.includes(word)) && chosen.every(([name, value]) => valuesOf[name](c).includes(value));
      tr.hidden = !visible;
      if (visible) shown += 1;
    }
    status.textContent = status.dataset.template.replace('{shown}', String(shown)).replace('{total}', String(entries.length));
  };

  // Filters named in the address (cases.html?trend=…) apply on arrival; unknown values are left unchosen.
  for (const [name, value] of new URLSearchParams(window.location.search)) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement && [...field.options].some((option) => option.value === value)) field.value = value;
    if (field instanceof HTMLInputElement) field.value = value;
  }

  form.addEventListener('input', filter);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    filter();
  });
  // The reset event fires before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(filter));
  filter();
})();
