/** A list of cited sources, each opening in a new tab. */
import type { CitedSource } from '../../core/supplement-report';

export function Sources({ sources }: { sources: CitedSource[] }) {
  if (!sources.length) return null;
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={s.id}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> <span class="muted">— {s.publisher}, {s.year}</span>
        </li>
      ))}
    </ul>
  );
}
