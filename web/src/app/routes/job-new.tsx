import { useNavigate } from 'react-router';

import { JobDescriptionForm } from '@/features/job-descriptions';
import { useUser } from '@/lib/auth';

import { FormPage } from './page-frames';

export function JobNewRoute() {
  const user = useUser();
  const navigate = useNavigate();
  return (
    <FormPage
      title="Add a job description"
      description="Paste the posting or upload it. We extract the title, company and the skills it asks for."
      width="wide"
    >
      <JobDescriptionForm onSaved={(jd) => navigate(`/jobs/${jd.id}`)} uploadsLocked={!user.emailVerified} />
    </FormPage>
  );
}
