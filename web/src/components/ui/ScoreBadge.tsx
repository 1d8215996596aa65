import { Badge } from './Badge';

/** An alignment score (0–100) coloured by how well the resume matches. */
export function ScoreBadge({ score }: { score: number | null }) {
  if (score === null) return null;
  const rounded = Math.round(score);
  const tone = rounded >= 75 ? 'success' : rounded >= 50 ? 'warning' : 'danger';
  return (
    <Badge tone={tone}>
      <span aria-hidden="true">{rounded}</span>
      <span className="sr-only">Match score {rounded} out of 100</span>
      <span aria-hidden="true"> match</span>
    </Badge>
  );
}
