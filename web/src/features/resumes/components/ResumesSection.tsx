import { AsyncContent, Card, EmptyState, LinkButton, ResourceList, ResourceListItem, ScoreBadge } from '@/components/ui';
import { DocumentIcon } from '@/components/ui/icons';
import { formatRelative } from '@/lib/format';

import { useResumes } from '../hooks/use-resumes';

import { ParseStatusBadge } from './ParseStatusBadge';

interface ResumesSectionProps {
  /** Uploads need a verified email address. */
  uploadsLocked: boolean;
}

export function ResumesSection({ uploadsLocked }: ResumesSectionProps) {
  const query = useResumes();
  const hasItems = (query.data?.items.length ?? 0) > 0;
  return (
    <Card
      title="Resumes"
      description="Your uploaded resumes and how each was parsed."
      actions={
        hasItems && !uploadsLocked ? (
          <LinkButton to="/resumes/new" variant="secondary" size="sm">
            Upload resume
          </LinkButton>
        ) : undefined
      }
    >
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
                : 'Start here: upload a PDF or DOCX and we will show you exactly what an applicant tracking system reads.'
            }
            action={
              uploadsLocked ? undefined : (
                <LinkButton to="/resumes/new" size="sm">
                  Upload a resume
                </LinkButton>
              )
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
                to={`/resumes/${resume.id}`}
                meta={`${resume.originalFilename} · updated ${formatRelative(resume.updatedAt)}`}
                aside={
                  <>
                    <ScoreBadge score={resume.lastScore} />
                    <ParseStatusBadge status={resume.parseStatus} />
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
