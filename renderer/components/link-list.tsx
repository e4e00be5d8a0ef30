/** Large buttons that open muscle cards or exercises. */
import './link-list.css';
import { RouteLink } from '../route-link';

export interface LinkTarget {
  id: string;
  name: string;
}

export function LinkList({ title, items, screen }: { title: string; items: LinkTarget[]; screen: 'muscle' | 'exercise' }) {
  if (items.length === 0) return null;
  return (
    <section className="link-list">
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <RouteLink className="link-button" route={{ screen, id: item.id }}>
              {item.name}
              <span aria-hidden="true" className="link-button__arrow">›</span>
            </RouteLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
