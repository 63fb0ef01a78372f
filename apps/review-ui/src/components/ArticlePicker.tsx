import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { SEARCH_TEXT_LIMIT } from '@app/domain/input-limits';
import { errorText } from '../client';
import { ARTICLE_OPTION, ARTICLE_SEARCH, type ArticleOption, type ArticleSearchPage } from '../gql';
import { formatDate } from './ClaimContext';

const SHOWN = 8;
// Typing waits this long before searching: one request per pause, not per key.
const DEBOUNCE_MS = 250;

const hostOf = (url: string | null): string | null => {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
};

/** Where an article comes from, as a desk tells two alike apart: its source and its site, then its date. */
export function articleByline(a: Pick<ArticleOption, 'source' | 'url' | 'publishedAt' | 'createdAt'>): string {
  const host = hostOf(a.url);
  const origin = [a.source, host && host !== a.source?.toLowerCase() ? host : null].filter(Boolean).join(' · ') || 'Unknown source';
  return `${origin} · ${formatDate(a.publishedAt ?? a.createdAt)}`;
}

/**
 * Finds an article by words of its title, URL or source and sets it as a filter:
 * the ARIA combobox pattern (list autocomplete, the first match highlighted),
 * with the article in force shown below as a chip that clears it.
 */
export function ArticlePicker({ selectedId, onSelect, onClear }: { selectedId: string; onSelect: (article: ArticleOption) => void; onClear: () => void }) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [picked, setPicked] = useState<ArticleOption | null>(null);

  useEffect(() => {
    const t = setTimeout(() => setTerm(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text]);

  const [found] = useQuery<{ articles: ArticleSearchPage }>({ query: ARTICLE_SEARCH, variables: { search: term, first: SHOWN }, pause: !term });
  // Only the answer to what is typed now: never a list left over from an earlier search.
  const current = !!term && term === text.trim() && (found.operation?.variables as { search?: string } | undefined)?.search === term;
  const options = current ? (found.data?.articles.edges.map((e) => e.node) ?? []) : [];
  const searching = !!text.trim() && (!current || (found.fetching && !found.data));
  const more = current && !!found.data?.articles.pageInfo.hasNextPage;

  // The first match is highlighted as results arrive, so Enter takes it (APG: list autocomplete with automatic selection).
  useEffect(() => setActive(options.length ? 0 : -1), [found.data, current]);
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  // The article in force: the one just picked, or (after a reload, or a click on a claim's article) read by its id.
  const [byId] = useQuery<{ article: ArticleOption | null }>({ query: ARTICLE_OPTION, variables: { id: selectedId }, pause: !selectedId || picked?.id === selectedId });
  const selected = picked?.id === selectedId ? picked : byId.data?.article;

  const expanded = open && !!text.trim();
  const choose = (a: ArticleOption) => {
    setPicked(a);
    setText('');
    setTerm('');
    setOpen(false);
    onSelect(a);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = options.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        if (expanded && n) setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % n : (i - 1 + n) % n));
        break;
      case 'Enter': {
        e.preventDefault(); // the filters form has nothing to submit
        const a = expanded ? options[active] : undefined;
        if (a) choose(a);
        break;
      }
      case 'Escape':
        // First Escape closes the list, a second one clears what was typed.
        if (expanded) setOpen(false);
        else setText('');
        break;
    }
  };

  const status = !expanded
    ? null
    : found.error && current
      ? `Could not search the articles: ${errorText(found.error)}`
      : searching
        ? 'Searching…'
        : options.length === 0
          ? `No article matches “${term}”.`
          : more
            ? `The newest ${options.length} matches; type more words to narrow them down.`
            : null;

  return (
    <>
      <div className="combo grow">
        <label htmlFor={inputId}>Article</label>
        <input
          ref={input}
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={SEARCH_TEXT_LIMIT}
          placeholder="Words of its title, or its web address"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <div className="combo-popup" hidden={!expanded}>
          <ul id={listId} role="listbox" aria-label="Articles found">
            {options.map((a, i) => (
              <li
                key={a.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="combo-option"
                // Keep the focus in the input: a click picks without a blur closing the list first.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => setActive(i)}
                onClick={() => choose(a)}
              >
                <span className="combo-title">{a.title}</span>
                <span className="muted small">{articleByline(a)}</span>
              </li>
            ))}
          </ul>
          {status && <p className="combo-status">{status}</p>}
        </div>
        <p className="visually-hidden" aria-live="polite">
          {expanded && current && !found.fetching ? (options.length ? `${options.length} article${options.length === 1 ? '' : 's'} found` : 'No article found') : ''}
        </p>
      </div>
      {selectedId && (
        <p className="chip" data-testid="article-filter">
          Article: <strong>{selected?.title ?? (byId.fetching ? '…' : 'not found')}</strong>
          {selected && <span className="muted"> · {articleByline(selected)}</span>}{' '}
          <button
            type="button"
            className="link-button"
            aria-label="Clear the article filter"
            onClick={() => {
              setPicked(null);
              onClear();
              input.current?.focus();
            }}
          >
            ×
          </button>
        </p>
      )}
    </>
  );
}
