// Full-text search of the chapters (search.html): loads the index the build made, then searches as the reader types.
// Results are set as text (textContent) and links to the report's own pages.
'use strict';

(() => {
  const { options, index } = JSON.parse(document.getElementById('search-data').textContent);
  // MiniSearch is the global that assets/minisearch.js, loaded just before this script, defines.
  const search = MiniSearch.loadJS(index, options);
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-query');
  const status = document.getElementById('search-status');
  const results = document.getElementById('search-results');

  const element = (name, text, className) => {
    const node = document.createElement(name);
    if (text !== undefined) node.textContent = text;
    if (className !== undefined) node.className = className;
    return node;
  };

  const result = (hit) => {
    const li = element('li');
    const a = element('a', hit.title, 'search-result-title');
    a.href = hit.url;
    li.append(a, element('span', hit.chapter, 'search-result-chapter'));
    if (hit.excerpt) li.append(element('p', hit.excerpt, 'search-result-excerpt'));
    return li;
  };

  const run = () => {
    const query = input.value.trim();
    if (query === '') {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    const hits = search.search(query);
    results.replaceChildren(...hits.map(result));
    const message = hits.length === 0 ? status.dataset.none : hits.length === 1 ? status.dataset.one : status.dataset.many;
    status.textContent = message.replace('{count}', String(hits.length)).replace('{query}', query);
  };

  input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  input.addEventListener('input', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  run();
})();
