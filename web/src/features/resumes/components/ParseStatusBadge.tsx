import { Badge, type BadgeTone } from '@/components/ui';

import type { ParseStatus } from '../api/resumes';

const STATUS: Record<ParseStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: 'Waiting to parse', tone: 'neutral' },
  parsing: { label: 'Parsing…', tone: 'brand' },
  completed: { label: 'Ready', tone: 'success' },
  failed: { label: 'Parsing failed', tone: 'danger' },
};

export function ParseStatusBadge({ status }: { status: ParseStatus }) {
  return <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>;
}
