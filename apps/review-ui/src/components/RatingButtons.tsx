import { useRef } from 'react';
import { RATINGS, type Rating } from '../ratings';

/**
 * The seven ratings as one radio group: Tab reaches the chosen one (or the first), arrow keys move
 * the choice, as WAI-ARIA's radio group pattern has it. `keys` shows each rating's number shortcut.
 */
export function RatingButtons({ value, onChange, label, keys = false, describedBy }: { value: Rating | null; onChange: (r: Rating) => void; label: string; keys?: boolean; describedBy?: string }) {
  const group = useRef<HTMLDivElement>(null);
  const current = RATINGS.findIndex((r) => r.value === value);
  const move = (to: number) => {
    const i = (to + RATINGS.length) % RATINGS.length;
    onChange(RATINGS[i]!.value);
    group.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]')[i]?.focus();
  };
  return (
    <div
      ref={group}
      className="rating-grid"
      role="radiogroup"
      aria-label={label}
      aria-describedby={describedBy}
      onKeyDown={(e) => {
        const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
        if (!step) return;
        e.preventDefault();
        move((current === -1 ? (step > 0 ? -1 : 0) : current) + step);
      }}
    >
      {RATINGS.map((r, i) => (
        <button
          type="button"
          key={r.value}
          role="radio"
          aria-checked={value === r.value}
          tabIndex={i === (current === -1 ? 0 : current) ? 0 : -1}
          className={`rating tone-${r.tone}`}
          data-rating={r.value}
          onClick={() => onChange(r.value)}
        >
          {keys && <kbd>{i + 1}</kbd>} {r.label}
        </button>
      ))}
    </div>
  );
}
