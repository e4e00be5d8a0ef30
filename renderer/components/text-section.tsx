/** A titled list of content sentences (steps are numbered, the rest are bullets). */
import './text-section.css';

export function TextSection({ title, items, ordered = false }: { title: string; items: string[]; ordered?: boolean }) {
  if (items.length === 0) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <section className="text-section">
      <h2>{title}</h2>
      <List className={ordered ? 'text-section__steps' : 'text-section__bullets'}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </List>
    </section>
  );
}
