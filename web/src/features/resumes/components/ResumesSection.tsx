import { AsyncContent, Badge, Card, EmptyState, ResourceList, ResourceListItem, ScoreBadge } from '@/components/ui';
import type { BadgeTone } from '@/components/ui';
import { DocumentIcon } from '@/components/ui/icons';
import { formatRelative } from '@/lib/format';

import type { ParseStatus } from '../api/resumes';
import { useResumes } from '../hooks/use-resumes';

const STATUS: Record<ParseStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: 'Waiting to parse', tone: 'neutral' },
  parsing: { label: 'Parsing…', tone: 'brand' },
  completed: { label: 'Ready', tone: 'success' },
  failed: { label: 'Parsing failed', tone: 'danger' },
};

interface ResumesSectionProps {
  /** Uploads need a verified email address. */
  uploadsLocked: boolean;
}

export function ResumesSection({ uploadsLocked }: ResumesSectionProps) {
  const query = useResumes();
  return (
    <Card title="Resumes" description="Your uploaded resumes and how each was parsed.">
      <AsyncContent
        query={query}
        loadingLabel="Loading your resumes…"
        errorTitle="We couldn't load your resumes."
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            icon={<DocumentIcon />}
            title="Upload your first resume"
            description={
              uploadsLocked
                ? 'Verify your email address first; then upload a PDF or DOCX and we will split it into sections you can tailor.'
                : 'Upload a PDF or DOCX and we will split it into sections you can tailor to each job.'
            }
          />
        }
      >
        {(page) => (
          <ResourceList label="Resumes">
            {page.items.map((resume) => (
              <ResourceListItem
                key={resume.id}
                title={resume.title}
                meta={`${resume.originalFilename} · updated ${formatRelative(resume.updatedAt)}`}
                aside={
                  <>
                    <ScoreBadge score={resume.lastScore} />
                    <Badge tone={STATUS[resume.parseStatus].tone}>{STATUS[resume.parseStatus].label}</Badge>
                  </>
                }
              />
            ))}
          </ResourceList>
        )}
      </AsyncContent>
    </Card>
  );
}
