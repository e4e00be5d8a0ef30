/** Large buttons that open muscle cards or exercises. */
import './link-list.css';
import { useNavigation } from '../navigation';

export interface LinkTarget {
  id: string;
  name: string;
}

export function LinkList({ title, items, screen }: { title: string; items: LinkTarget[]; screen: 'muscle' | 'exercise' }) {
  const navigation = useNavigation();
  if (items.length === 0) return null;
  return (
    <section className="link-list">
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="link-button" onClick={() => navigation.open({ screen, id: item.id })}>
              {item.name}
              <span aria-hidden="true" className="link-button__arrow">›</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
