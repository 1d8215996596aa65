import { Button } from '@/components/ui';

import { useEditor } from './context';
import styles from './editor.module.css';

interface ItemToolbarProps {
  /** "job 2", "bullet 1 of job 2": what the buttons move and remove. */
  name: string;
  index: number;
  count: number;
  /** Base id of the item's buttons (`<id>-up`, `<id>-down`, `<id>-remove`). */
  id: string;
  /** Focus stays on the moved item's button. */
  onMove: (to: number) => void;
  onRemove: () => void;
  /** Where focus goes after a removal. */
  focusAfterRemove: string;
}

/** Move up, Move down and Remove for one item of a list. */
export function ItemToolbar({ name, index, count, id, onMove, onRemove, focusAfterRemove }: ItemToolbarProps) {
  const { focusLater } = useEditor();
  const move = (to: number) => {
    onMove(to);
    // The same item's button, now at its new place; at either end the other one stays usable.
    const direction = to < index ? 'up' : 'down';
    const atEnd = direction === 'up' ? to === 0 : to === count - 1;
    focusLater(`${id}-${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}`);
  };
  return (
    <div className={styles.toolbar}>
      <Button
        id={`${id}-up`}
        variant="ghost"
        size="sm"
        aria-label={`Move ${name} up`}
        disabled={index === 0}
        onClick={() => move(index - 1)}
      >
        <span aria-hidden="true">↑</span> Up
      </Button>
      <Button
        id={`${id}-down`}
        variant="ghost"
        size="sm"
        aria-label={`Move ${name} down`}
        disabled={index === count - 1}
        onClick={() => move(index + 1)}
      >
        <span aria-hidden="true">↓</span> Down
      </Button>
      <Button
        id={`${id}-remove`}
        variant="ghost"
        size="sm"
        aria-label={`Remove ${name}`}
        onClick={() => {
          onRemove();
          focusLater(focusAfterRemove);
        }}
      >
        Remove
      </Button>
    </div>
  );
}
