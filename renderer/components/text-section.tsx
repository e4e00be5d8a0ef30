/** A titled list of content sentences (steps are numbered, the rest are bullets). */
import './text-section.css';
import { readingMark } from '../read-aloud/reading-mark';

/** `readingIndex`: the item being read aloud, marked (aria-current) and highlighted. */
export function TextSection({ title, items, ordered = false, readingIndex = null }: { title: string; items: string[]; ordered?: boolean; readingIndex?: number | null }) {
  if (items.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <section className="text-section">
      <h2>{title}</h2>
      <List className={ordered ? 'text-section__steps' : 'text-section__bullets'}>
        {items.map((item, index) => (
          <li key={index} {...readingMark(index === readingIndex)}>
            {item}
          </li>
        ))}
      </List>
    </section>
  );
}
