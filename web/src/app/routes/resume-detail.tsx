import { useParams } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { Card, DeleteAction, LinkButton } from '@/components/ui';
import { ExportPanel } from '@/features/optimizations';
import { ResumeDetail, useDeleteResume, useRenameResume, useResume, type Resume } from '@/features/resumes';
import { useDocumentTitle } from '@/lib/use-document-title';

import { DetailState } from './detail-state';

function ResumeView({ resume }: { resume: Resume }) {
  const rename = useRenameResume(resume.id);
  const remove = useDeleteResume(resume);
  return (
    <>
      <PageHeader
        title={resume.title}
        description="What we read from your file, section by section."
        rename={{ label: 'Resume title', onSave: rename.mutateAsync }}
        actions={
          <DeleteAction confirmLabel="Delete resume" title="Delete this resume?" onDelete={remove.mutateAsync}>
            <p>
              “{resume.title}” goes, with its uploaded file ({resume.originalFilename}), everything we read from it, and the optimizations and tailored versions made from it.
            </p>
            <p>This can’t be undone.</p>
          </DeleteAction>
        }
      />
      <ResumeDetail
        resume={resume}
        reuploadAction={
          <LinkButton to="/resumes/new" variant="secondary" size="sm">
            Upload another file
          </LinkButton>
        }
        nextAction={
          <LinkButton to={`/optimize?resume=${resume.id}`} size="sm">
            Optimize for a job
          </LinkButton>
        }
        downloads={
          <Card
            title="Download this resume"
            description={`As ${resume.edited ? 'you corrected it' : 'it was read'}, before any optimization: ATS-friendly files, or a JSON Resume to take elsewhere.`}
          >
            <ExportPanel resumeId={resume.id} />
          </Card>
        }
      />
    </>
  );
}

export function ResumeDetailRoute() {
  const { resumeId } = useParams();
  const query = useResume(resumeId);
  useDocumentTitle(query.data?.title ?? 'Resume');
  return (
    <DetailState query={query} noun="resume">
      {(resume) => <ResumeView resume={resume} />}
    </DetailState>
  );
}
