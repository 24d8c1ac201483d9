// Paradiplo's explorer: a view per URL (`#/`, `#/city/seoul`, `#/pair/seoul/tokyo`, which is
// also `#/path/seoul/tokyo`), each made of panels that each run one named operation of the
// frontend kit. Hash URLs need no server route: the binary serves one page at /explore, and
// every view reloads to itself.
import './style.css';
import { cityView } from './city';
import { el } from './dom';
import { currentLanguage, setLanguage } from './i18n';
import { pairPanel } from './pair';
import { pathView } from './path';
import { setUpSearch } from './search';
import { worldView, type WorldFilters } from './world';

const view = document.getElementById('view')!;
const languageButton = document.getElementById('language')!;

/**
 * Draws the view the URL names into a fresh container: a view still loading when the URL
 * changes finishes into a container no longer on the page.
 */
async function route(): Promise<void> {
  const [path = '', query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const page = el('div', { class: 'page' });
  view.replaceChildren(page);
  document.body.dataset.view = parts[0] ?? 'world';
  if (parts[0] === 'city' && parts[1]) {
    await cityView(page, parts[1]);
  } else if ((parts[0] === 'path' || parts[0] === 'pair') && parts[1] && parts[2]) {
    // Two cities: the chain between them, and what they share.
    await Promise.all([pathView(page, parts[1], parts[2]), pairPanel(page, parts[1], parts[2])]);
  } else if (parts.length === 0) {
    await worldView(page, Object.fromEntries(new URLSearchParams(query)) as WorldFilters);
  } else {
    page.append(el('p', { class: 'error', role: 'alert' }, [`NOT_FOUND: no view at ${location.hash}`]));
  }
  page.dataset.ready = 'true';
}

function showLanguage(): void {
  languageButton.textContent = currentLanguage() === 'en' ? '한국어' : 'English';
}

languageButton.addEventListener('click', () => {
  setLanguage(currentLanguage() === 'en' ? 'ko' : 'en');
  showLanguage();
  void route();
});
setLanguage(currentLanguage());
showLanguage();
setUpSearch(document.getElementById('search') as HTMLInputElement, document.getElementById('search-results')!);
window.addEventListener('hashchange', () => void route());
void route();
