import { useEffect, useRef } from 'react';

export const SHORTCUTS: [string, string][] = [
  ['1 – 7', 'Choose a rating (True … Unverifiable)'],
  ['R', 'Write the rationale'],
  ['A', 'Add a source'],
  ['Ctrl/⌘ + Enter', 'Submit the verdict and take the next claim'],
  ['S', 'Skip this claim (a reason is optional)'],
  ['O', 'Open the full article'],
  ['Esc', 'Leave a text field, so the keys above work again'],
  ['?', 'Show or hide this sheet'],
];

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => ref.current?.showModal(), []);
  return (
    <dialog
      ref={ref}
      className="sheet"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      // The open sheet has the keyboard (the workbench's keys stand aside), so it answers its own key.
      onKeyDown={(e) => {
        if (e.key !== '?') return;
        e.stopPropagation(); // not on to the workbench, which would open it again
        ref.current?.close();
      }}
    >
      <header>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button type="button" onClick={() => ref.current?.close()} aria-label="Close the shortcut sheet">
          ×
        </button>
      </header>
      <table>
        <tbody>
          {SHORTCUTS.map(([k, what]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{k}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">The number keys, A, R, S and O work when no text field has the focus.</p>
    </dialog>
  );
}
